package de.sozialplattform.search.benefitfinder;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collection;
import java.util.List;

/**
 * One condition of a question's {@code askedWhen}: it names an earlier question and either the answers that let
 * the question be asked ({@code in}) or, for an integer question, the smallest such answer ({@code atLeast}).
 *
 * <p>An unknown answer ("don't know", not answered, or not asked) satisfies every condition: when in doubt the
 * finder asks, because a skipped question can hide a claim.
 *
 * @param question id of an earlier question
 * @param in answers that satisfy the condition, typed like {@link Answers} values: {@link Boolean} for yes/no,
 *     option ids for choices (a multiple choice satisfies it when any chosen option is listed); {@code null} when
 *     {@code atLeast} is used
 * @param atLeast for an integer question, the smallest answer that satisfies it; {@code null} when {@code in} is used
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionCondition(String question, List<Object> in, Integer atLeast) {

    public QuestionCondition {
        if ((in == null) == (atLeast == null)) {
            throw new IllegalArgumentException("a condition needs exactly one of 'in' and 'atLeast'");
        }
        in = in == null ? null : List.copyOf(in);
    }

    /**
     * Whether an answer satisfies this condition.
     *
     * @param answer the validated answer to {@link #question()} as held in {@link Answers}; {@code null} when unknown
     */
    public boolean holds(Object answer) {
        if (answer == null) {
            return true;
        }
        if (atLeast != null) {
            return answer instanceof Integer number && number >= atLeast;
        }
        if (answer instanceof Collection<?> chosen) {
            return chosen.stream().anyMatch(in::contains);
        }
        return in.contains(answer);
    }
}
