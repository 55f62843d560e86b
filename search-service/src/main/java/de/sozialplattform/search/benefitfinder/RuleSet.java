package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.search.benefitfinder.Evaluation.Text;
import de.sozialplattform.search.benefitfinder.RuleDefinition.Assumption;
import de.sozialplattform.search.benefitfinder.RuleDefinition.Exclusion;
import de.sozialplattform.search.benefitfinder.RuleDefinition.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * All rule files compiled into one immutable, thread-safe unit ({@link RuleSetBuilder} checks and builds it):
 * names resolved to slots, parameters resolved per date range, benefits in an order in which every benefit comes
 * after those it depends on.
 */
final class RuleSet {

    static final String NOTE_NO_AMOUNTS = "benefitFinder.note.noAmounts";
    static final String NOTE_NEAREST_PARAMETERS = "benefitFinder.note.nearestParameters";
    static final String REASON_RULE_ERROR = "benefitFinder.reason.ruleError";
    static final String REASON_EXCLUDED_BY = "benefitFinder.reason.excludedBy.";

    private static final Logger log = LoggerFactory.getLogger(RuleSet.class);

    enum Kind {
        ANSWER, PARAMETER, DERIVED
    }

    record Slot(Kind kind, int index) {
    }

    /** @param clean possible without any assumption: only then does it exclude other benefits */
    record RuleResult(Evaluation.Outcome outcome, List<Text> reasons, boolean clean) {
    }

    private final Map<String, Slot> slots;
    private final RuleExpression[] derived;
    private final LocalDate[] segmentStarts;
    private final Object[][] segmentValues;
    private final RuleDefinition[] benefits;
    private final Map<String, Integer> benefitIndex;
    private final int[] presentation;
    private final Assumption[] assumptions;
    private final Map<String, Integer> assumptionIndex;
    private final SimpleEvaluationContext context = FactsAccess.context();

    RuleSet(Map<String, Slot> slots, RuleExpression[] derived, LocalDate[] segmentStarts, Object[][] segmentValues,
            RuleDefinition[] benefits, Map<String, Integer> benefitIndex, int[] presentation,
            Map<String, Assumption> assumptions) {
        this.slots = Map.copyOf(slots);
        this.derived = derived.clone();
        this.segmentStarts = segmentStarts.clone();
        this.segmentValues = segmentValues.clone();
        this.benefits = benefits.clone();
        this.benefitIndex = Map.copyOf(benefitIndex);
        this.presentation = presentation.clone();
        this.assumptions = assumptions.values().stream().sorted(java.util.Comparator.comparing(Assumption::name))
                .toArray(Assumption[]::new);
        Map<String, Integer> index = new java.util.HashMap<>();
        for (Assumption assumption : this.assumptions) {
            index.put(assumption.name(), index.size());
        }
        this.assumptionIndex = Map.copyOf(index);
    }

    /**
     * Applies every rule.
     *
     * @param strict when checking rule files: every expression is also evaluated by SpEL and must agree, and a
     *     failing expression is thrown; otherwise (serving people) a failing rule gives a favourable "possible"
     *     with a reason saying it could not be applied
     */
    Evaluation evaluate(Answers answers, LocalDate date, boolean strict) {
        Facts facts = new Facts(this, answers, parametersOn(date), strict);
        for (int i = 0; i < benefits.length; i++) {
            // a rule's own from/until follow the date asked for, even where the parameters are those of another year
            facts.record(i, apply(benefits[i], facts, date, strict));
        }
        List<Evaluation.Result> results = new ArrayList<>(benefits.length);
        for (int i : presentation) {
            RuleDefinition rule = benefits[i];
            RuleResult result = facts.result(i);
            results.add(new Evaluation.Result(rule.id(), result.outcome(), result.reasons(), rule.legalBasis(),
                    rule.counselling()));
        }
        return new Evaluation(date, results, notes(date));
    }

    /** The parameter values in force on {@code date}; before the first known date those of the first. */
    private Object[] parametersOn(LocalDate date) {
        LocalDate effective = date.isBefore(segmentStarts[0]) ? segmentStarts[0] : date;
        int segment = Arrays.binarySearch(segmentStarts, effective);
        return segmentValues[segment >= 0 ? segment : -segment - 2];
    }

    private List<Text> notes(LocalDate date) {
        List<Text> notes = new ArrayList<>(2);
        notes.add(Text.of(NOTE_NO_AMOUNTS));
        LocalDate knownFrom = segmentStarts[0];
        int lastKnownYear = segmentStarts[segmentStarts.length - 1].getYear();
        if (date.isBefore(knownFrom)) {
            notes.add(Text.of(NOTE_NEAREST_PARAMETERS, String.valueOf(knownFrom.getYear()),
                    String.valueOf(date.getYear())));
        } else if (date.getYear() > lastKnownYear) {
            notes.add(Text.of(NOTE_NEAREST_PARAMETERS, String.valueOf(lastKnownYear),
                    String.valueOf(date.getYear())));
        }
        return notes;
    }

    /** One benefit's rule: excluded by another benefit, else its first outcome that applies. */
    private RuleResult apply(RuleDefinition rule, Facts facts, LocalDate date, boolean strict) {
        for (Exclusion exclusion : rule.excludedBy()) {
            RuleResult other = facts.result(exclusion.benefit());
            if (other.outcome() == Evaluation.Outcome.POSSIBLE && other.clean()) {
                return new RuleResult(Evaluation.Outcome.UNLIKELY,
                        List.of(Text.of(REASON_EXCLUDED_BY + exclusion.benefit())), true);
            }
        }
        try {
            for (Outcome outcome : rule.outcomes()) {
                if (outcome.appliesOn(date) && (outcome.when() == null || outcome.when().test(facts))) {
                    return result(outcome, facts, strict);
                }
            }
            throw new IllegalStateException(rule.id() + " has no outcome for " + date);
        } catch (RuleEvaluationException e) {
            if (strict) {
                throw e;
            }
            // only the place in the rule files and what went wrong, never an answer
            log.error("Benefit-finder rule {} could not be applied: {}", rule.id(), e.getMessage());
            return new RuleResult(Evaluation.Outcome.POSSIBLE, List.of(Text.of(REASON_RULE_ERROR)), false);
        }
    }

    private RuleResult result(Outcome outcome, Facts facts, boolean strict) {
        List<Text> reasons = new ArrayList<>(1 + outcome.assumed().size());
        reasons.add(new Text(outcome.reason(), args(outcome.args(), facts, strict)));
        for (String name : outcome.assumed().keySet()) {
            // several rules list the same assumption: each is decided once per evaluation
            int index = assumptionIndex.get(name);
            Object memo = facts.assumption(index);
            if (memo == null) {
                Assumption assumption = assumptions[index];
                memo = assumption.when().test(facts)
                        ? new Text(assumption.reason(), args(assumption.args(), facts, strict)) : Boolean.FALSE;
                facts.assumption(index, memo);
            }
            if (memo instanceof Text text) {
                reasons.add(text);
            }
        }
        return new RuleResult(outcome.outcome(), reasons, reasons.size() == 1);
    }

    private static List<Object> args(List<RuleExpression> expressions, Facts facts, boolean strict) {
        if (expressions.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(expressions.size());
        for (RuleExpression expression : expressions) {
            Object value = expression.value(facts);
            if (value == null && strict) {
                throw new RuleEvaluationException(expression,
                        new IllegalStateException("an argument of a reason must not be unknown (null)"));
            }
            args.add(value == null ? "?" : value);
        }
        return args;
    }

    SimpleEvaluationContext context() {
        return context;
    }

    Slot slot(String name) {
        return slots.get(name);
    }

    RuleExpression derived(int index) {
        return derived[index];
    }

    int assumptionCount() {
        return assumptions.length;
    }

    int derivedCount() {
        return derived.length;
    }

    int benefitCount() {
        return benefits.length;
    }

    int benefitIndex(String benefit) {
        return benefitIndex.get(benefit);
    }
}
