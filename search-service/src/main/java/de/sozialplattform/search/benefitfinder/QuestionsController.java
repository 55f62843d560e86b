package de.sozialplattform.search.benefitfinder;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/benefit-finder/questions?lang=de}: the questionnaire with its wording, for the web UI and
 * partner portals. It holds no personal data, so browsers and CDNs may cache it for a few minutes; an edited
 * questionnaire shows after at most that long.
 */
@RestController
class QuestionsController {

    static final String PATH = "/api/v1/benefit-finder/questions";
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final Questionnaire questionnaire;

    QuestionsController(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    @GetMapping(PATH)
    ResponseEntity<QuestionnaireView> questions(@RequestParam(name = "lang", required = false) List<String> lang) {
        String language = LanguageParameter.parse(lang);
        List<QuestionView> questions = questionnaire.questions().stream()
                .map(question -> view(question, language))
                .toList();
        Map<String, String> answers = new LinkedHashMap<>();
        for (String answer : List.of(Questionnaire.YES, Questionnaire.NO, Questionnaire.DONT_KNOW)) {
            answers.put(answer, questionnaire.answerLabel(answer, language));
        }
        return ResponseEntity.ok().cacheControl(CACHE).body(new QuestionnaireView(language, questions, answers));
    }

    private QuestionView view(Question question, String language) {
        List<OptionView> options = question.type().hasOptions()
                ? question.options().stream()
                        .map(option -> new OptionView(option, questionnaire.optionLabel(question, option, language)))
                        .toList()
                : null;
        return new QuestionView(question.id(), question.type().id(), question.required(), question.dontKnow(),
                question.min(), question.max(), options, question.askedWhen(),
                questionnaire.text(question, language), questionnaire.help(question, language).orElse(null));
    }

    /**
     * The response document.
     *
     * @param lang the language asked for; texts missing in it are German
     * @param answers labels of the answers {@code yes}, {@code no} and {@code dontKnow}
     */
    record QuestionnaireView(String lang, List<QuestionView> questions, Map<String, String> answers) {
    }

    /** One question; {@code min}/{@code max} only for integers, {@code options} only for choices. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuestionView(String id, String type, boolean required, boolean dontKnow, Integer min, Integer max,
            List<OptionView> options, List<QuestionCondition> askedWhen, String text, String help) {
    }

    record OptionView(String value, String label) {
    }
}
