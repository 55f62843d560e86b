package de.sozialplattform.search.benefitfinder;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules say about one person's answers on one date: for every benefit whether a claim is possible or
 * unlikely and why. Orientation only, never a decision; no amounts are estimated.
 *
 * @param date the date the rules were applied for
 * @param results one per benefit, in the order of the rule files' {@code order}
 * @param notes about the evaluation as a whole, e.g. that the parameters of another year were used
 */
public record Evaluation(LocalDate date, List<Result> results, List<Text> notes) {

    public Evaluation {
        results = List.copyOf(results);
        notes = List.copyOf(notes);
    }

    /** "möglicherweise Anspruch" or "wahrscheinlich kein Anspruch". */
    public enum Outcome {
        POSSIBLE, UNLIKELY
    }

    /**
     * The outcome for one benefit.
     *
     * @param benefit the benefit id, a public contract (the {@code finderId} of the CMS {@code benefit} content)
     * @param reasons why, first the main reason, then what was assumed for unknown answers
     * @param legalBasis the paragraphs the rule follows, e.g. {@code §§ 7, 9, 12 SGB II}
     * @param counselling true for counselling offers, to which the API attaches nearby advice centres
     */
    public record Result(String benefit, Outcome outcome, List<Text> reasons, String legalBasis, boolean counselling) {

        public Result {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * A text from the light modules' message bundles: its key and the {@code {0}}, {@code {1}} … arguments
     * (numbers, or strings such as an age) that the bundle text is formatted with.
     */
    public record Text(String key, List<Object> args) {

        public Text {
            args = List.copyOf(args);
        }

        static Text of(String key, Object... args) {
            return new Text(key, List.of(args));
        }
    }
}
