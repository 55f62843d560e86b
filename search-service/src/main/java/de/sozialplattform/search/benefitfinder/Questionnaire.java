package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.Messages;
import de.sozialplattform.search.problem.UnavailableException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The benefit finder's questions and their wording, from the light modules ({@code benefitFinder/questions.yaml}
 * and the {@code benefitFinder.*} messages). Read on every call, so an edited questionnaire applies without
 * restart; an invalid edit leaves the last good one in force.
 */
@Component
public class Questionnaire {

    /** The questionnaire is a single definition: {@code benefitFinder/questions.yaml}. */
    static final String DEFINITION_ID = "questions";

    /** Answer labels, see {@link #answerLabel(String, String)}. */
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String DONT_KNOW = "dontKnow";

    private static final String PREFIX = "benefitFinder.";

    private final LightModules lightModules;

    public Questionnaire(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    /**
     * The questions in the order they are asked.
     *
     * @throws UnavailableException (503) when no valid questionnaire was ever loaded
     */
    public List<Question> questions() {
        return lightModules.definition(QuestionnaireDefinition.class, DEFINITION_ID)
                .orElseThrow(() -> new UnavailableException("benefit-finder-unavailable",
                        "The questionnaire of the benefit finder is not available."))
                .questions();
    }

    public Optional<Question> find(String id) {
        return questions().stream().filter(question -> question.id().equals(id)).findFirst();
    }

    /** @throws IllegalArgumentException when there is no question {@code id} */
    public Question question(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no question '" + id + "'"));
    }

    /** The question as asked, in {@code lang}, else German, else its message key (a visible gap). */
    public String text(Question question, String lang) {
        return message("question." + question.id() + ".text", lang);
    }

    /** The help text of a question that has one. */
    public Optional<String> help(Question question, String lang) {
        return question.help() ? Optional.of(message("question." + question.id() + ".help", lang)) : Optional.empty();
    }

    public String optionLabel(Question question, String option, String lang) {
        return message("option." + question.id() + "." + option, lang);
    }

    /** {@link #YES}, {@link #NO} or {@link #DONT_KNOW} as shown to the person. */
    public String answerLabel(String answer, String lang) {
        return message("answer." + answer, lang);
    }

    private String message(String key, String lang) {
        Messages messages = lightModules.messages();
        return messages.get(PREFIX + key, lang == null || lang.isBlank() ? Messages.DEFAULT_LANGUAGE : lang);
    }
}
