package de.sozialplattform.search.benefitfinder;

import java.util.List;
import java.util.Map;

/**
 * One question of the benefit finder, read from {@code benefitFinder/questions.yaml}. Its wording is in the
 * message bundles: {@code benefitFinder.question.<id>.text}, {@code .help} when {@link #help()}, and
 * {@code benefitFinder.option.<id>.<value>}.
 *
 * @param id public contract: partners send answers by this id, rules read them by it
 * @param required must be answered, and "don't know" is not offered
 * @param dontKnow "don't know" is offered; the answer is then absent from {@link Answers}
 * @param min smallest allowed answer of an {@link QuestionType#INTEGER} question, else {@code null}
 * @param max largest allowed answer of an {@link QuestionType#INTEGER} question, else {@code null}
 * @param options option ids of a (multiple) choice in display order, else empty
 * @param askedWhen conditions on earlier answers that must all hold for the question to be asked; empty: always
 * @param help a help text exists (e.g. what counts as income)
 */
public record Question(String id, QuestionType type, boolean required, boolean dontKnow, Integer min, Integer max,
        List<String> options, List<QuestionCondition> askedWhen, boolean help) {

    /** The option that, in a multiple choice, stands alone: "none of these". */
    public static final String NONE = "none";

    public Question {
        options = List.copyOf(options);
        askedWhen = List.copyOf(askedWhen);
    }

    /**
     * Whether the question is asked, given the answers so far.
     *
     * @param earlier validated answers by question id, as in {@link Answers#values()}; unknown answers are absent
     */
    public boolean asked(Map<String, Object> earlier) {
        return askedWhen.stream().allMatch(condition -> condition.holds(earlier.get(condition.question())));
    }
}
