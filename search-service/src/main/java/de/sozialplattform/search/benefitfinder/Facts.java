package de.sozialplattform.search.benefitfinder;

import java.util.List;
import java.util.Set;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * What the expressions of one evaluation see: the answers by question id (an unknown answer is {@code null}),
 * the parameters in force on the evaluation date, the derived facts (computed once, on first use) and the
 * outcomes of the benefits evaluated so far. One instance per evaluation, used by one thread.
 */
final class Facts {

    /** The question ids a rule may read by name, a public contract (issue 6); {@code currentBenefits} is read
     *  through {@code receives(...)}. */
    static final List<String> QUESTIONS = List.of("age", "partner", "childrenUnder18", "childrenInEducation18to24",
            "childInSchoolOrDaycare", "residence", "workCapacity", "employment", "householdGrossIncome",
            "householdNetIncome", "assets", "housing", "monthlyRent", "rentArrears", "debts", "addiction",
            "specialDifficulties");

    static final String CURRENT_BENEFITS_QUESTION = "currentBenefits";

    /** The options of {@code currentBenefits} apart from {@code none}. */
    static final Set<String> CURRENT_BENEFITS = Set.of("buergergeld", "sozialhilfe", "grundsicherung", "asylblg",
            "wohngeld", "kinderzuschlag", "kindergeld", "alg1", "pension", "bafoeg");

    private static final Object COMPUTING = new Object();

    private final RuleSet rules;
    private final Answers answers;
    /** The answers in the order of {@link #QUESTIONS}, so reading one is an array access. */
    private final Object[] answerValues;
    private final Object[] parameters;
    private final Object[] derived;
    private final boolean[] derivedDone;
    private final RuleSet.RuleResult[] results;
    /** Per assumption: null (not decided yet), {@link Boolean#FALSE} (does not apply) or its reason. */
    private final Object[] assumptions;

    private final boolean checking;

    /** @param checking whether every expression is also evaluated by SpEL and must agree (when verifying) */
    Facts(RuleSet rules, Answers answers, Object[] parameters, boolean checking) {
        this.rules = rules;
        this.checking = checking;
        this.answers = answers;
        this.answerValues = new Object[QUESTIONS.size()];
        for (int i = 0; i < answerValues.length; i++) {
            answerValues[i] = answers.values().get(QUESTIONS.get(i));
        }
        this.parameters = parameters;
        this.derived = new Object[rules.derivedCount()];
        this.derivedDone = new boolean[derived.length];
        this.results = new RuleSet.RuleResult[rules.benefitCount()];
        this.assumptions = new Object[rules.assumptionCount()];
    }

    boolean checking() {
        return checking;
    }

    SimpleEvaluationContext context() {
        return rules.context();
    }

    boolean knows(String name) {
        return rules.slot(name) != null;
    }

    Object value(String name) {
        return value(rules.slot(name), name);
    }

    /** @param slot where {@code name} lives in this rule set, {@code null} if nowhere */
    Object value(RuleSet.Slot slot, String name) {
        if (slot == null) {
            throw new IllegalArgumentException("unknown name '" + name + "'");
        }
        return switch (slot.kind()) {
            case ANSWER -> answerValues[slot.index()];
            case PARAMETER -> parameters[slot.index()];
            case DERIVED -> derived(slot.index());
        };
    }

    RuleSet rules() {
        return rules;
    }

    private Object derived(int index) {
        if (!derivedDone[index]) {
            if (derived[index] == COMPUTING) {
                // verification rejects cycles; this only guards against a definition that slipped through
                throw new IllegalStateException("derived facts refer to each other in a cycle");
            }
            derived[index] = COMPUTING;
            try {
                derived[index] = rules.derived(index).value(this);
            } catch (RuntimeException e) {
                derived[index] = null; // the next rule that needs it meets the same failure, not a false cycle
                throw e;
            }
            derivedDone[index] = true;
        }
        return derived[index];
    }

    Object call(String function, Object[] args) {
        return switch (function) {
            case FactsAccess.RECEIVES -> answers.known(CURRENT_BENEFITS_QUESTION)
                    ? answers.choices(CURRENT_BENEFITS_QUESTION).contains((String) args[0]) : null;
            case FactsAccess.POSSIBLE -> result((String) args[0]).outcome() == Evaluation.Outcome.POSSIBLE;
            default -> FactsAccess.arithmetic(function, args);
        };
    }

    /** The outcome of a benefit evaluated before; the evaluation order guarantees there is one. */
    RuleSet.RuleResult result(String benefit) {
        return result(rules.benefitIndex(benefit));
    }

    RuleSet.RuleResult result(int index) {
        RuleSet.RuleResult result = results[index];
        if (result == null) {
            throw new IllegalStateException("benefit " + index + " has not been evaluated yet");
        }
        return result;
    }

    Object assumption(int index) {
        return assumptions[index];
    }

    void assumption(int index, Object decided) {
        assumptions[index] = decided;
    }

    void record(int index, RuleSet.RuleResult result) {
        results[index] = result;
    }
}
