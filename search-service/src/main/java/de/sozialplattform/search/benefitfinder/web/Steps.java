package de.sozialplattform.search.benefitfinder.web;

import de.sozialplattform.search.benefitfinder.Answers;
import de.sozialplattform.search.benefitfinder.Question;
import java.util.List;
import java.util.Optional;

/**
 * The order of the steps for one person: the questions that are asked given the answers so far (skip logic of
 * {@code questions.yaml}), then the optional postal code. Unknown answers leave a question asked, as the
 * questionnaire wants.
 */
final class Steps {

    /** The last step, after every question: the postal code for nearby advice centres. */
    static final String POSTAL_CODE = FormAnswers.POSTAL_CODE;

    private final List<Question> questions;
    private final Answers answers;

    Steps(List<Question> questions, Answers answers) {
        this.questions = List.copyOf(questions);
        this.answers = answers;
    }

    String first() {
        return questions.get(0).id();
    }

    boolean known(String step) {
        return POSTAL_CODE.equals(step) || index(step) >= 0;
    }

    /** The step after {@code step}: the next question that is asked, else the postal code. */
    String next(String step) {
        if (POSTAL_CODE.equals(step)) {
            return POSTAL_CODE;
        }
        for (int i = index(step) + 1; i < questions.size(); i++) {
            if (asked(questions.get(i))) {
                return questions.get(i).id();
            }
        }
        return POSTAL_CODE;
    }

    /** The step before {@code step}; empty on the first question. */
    Optional<String> previous(String step) {
        int from = POSTAL_CODE.equals(step) ? questions.size() : index(step);
        for (int i = from - 1; i >= 0; i--) {
            if (asked(questions.get(i))) {
                return Optional.of(questions.get(i).id());
            }
        }
        return Optional.empty();
    }

    /** 1-based position of the step among all steps this person sees. */
    int position(String step) {
        if (POSTAL_CODE.equals(step)) {
            return total();
        }
        int index = index(step);
        return (int) questions.subList(0, index + 1).stream().filter(this::asked).count();
    }

    /** How many steps this person sees, the postal code included. */
    int total() {
        return (int) questions.stream().filter(this::asked).count() + 1;
    }

    /** The questions asked, in order: the answers a result page lists. */
    List<Question> asked() {
        return questions.stream().filter(this::asked).toList();
    }

    Question question(String step) {
        return questions.get(index(step));
    }

    private boolean asked(Question question) {
        return question.asked(answers.values());
    }

    private int index(String step) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(step)) {
                return i;
            }
        }
        return -1;
    }
}
