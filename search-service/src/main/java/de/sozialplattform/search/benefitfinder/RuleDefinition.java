package de.sozialplattform.search.benefitfinder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One file of {@code benefitFinder/rules}: either the rule of one benefit (file name = benefit id) or, for
 * {@code common.yaml}, the parameters, derived facts and assumptions several rules share. Names of parameters,
 * derived facts and assumptions are global across all files, so a rule can use those of {@code common.yaml}.
 *
 * @param order position of the benefit in the results; 0 for {@code common}
 * @param legalBasis the paragraphs the rule follows; {@code null} for {@code common}
 * @param counselling true for a counselling offer (the API attaches nearby advice centres)
 * @param excludedBy benefits that take precedence: when one of them is possible without any assumption, this one
 *     is unlikely
 * @param outcomes first match wins; the last one has no condition; empty for {@code common}
 */
record RuleDefinition(String id, int order, String legalBasis, boolean counselling, List<Exclusion> excludedBy,
        Map<String, ParameterSeries> parameters, Map<String, RuleExpression> derived,
        Map<String, Assumption> assumptions, List<Outcome> outcomes) {

    RuleDefinition {
        excludedBy = List.copyOf(excludedBy);
        parameters = Map.copyOf(parameters);
        derived = Map.copyOf(derived);
        assumptions = Map.copyOf(assumptions);
        outcomes = List.copyOf(outcomes);
    }

    boolean isBenefit() {
        return !outcomes.isEmpty();
    }

    /** @param line where it is named, for errors */
    record Exclusion(String benefit, int line) {
    }

    /**
     * What is assumed for an unknown answer; it applies to an outcome that lists it when its condition holds and
     * then adds its reason.
     */
    record Assumption(String name, RuleExpression when, String reason, List<RuleExpression> args) {

        Assumption {
            args = List.copyOf(args);
        }
    }

    /**
     * One possible result of a rule.
     *
     * @param when {@code null} for the final, unconditional outcome
     * @param assumed names of assumptions, with the line where each is named
     * @param from first day this outcome applies, or {@code null}
     * @param until last day this outcome applies, or {@code null}
     */
    record Outcome(RuleExpression when, Evaluation.Outcome outcome, String reason, List<RuleExpression> args,
            Map<String, Integer> assumed, LocalDate from, LocalDate until, int line) {

        Outcome {
            args = List.copyOf(args);
            assumed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assumed));
        }

        boolean appliesOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
        }
    }
}
