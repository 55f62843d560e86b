package de.sozialplattform.search.benefitfinder.web;

import de.sozialplattform.search.benefitfinder.AnswerValidator;
import de.sozialplattform.search.benefitfinder.AnswerValidator.Checked;
import de.sozialplattform.search.benefitfinder.EvaluationReport;
import de.sozialplattform.search.benefitfinder.Evaluations;
import de.sozialplattform.search.benefitfinder.Question;
import de.sozialplattform.search.benefitfinder.Questionnaire;
import de.sozialplattform.search.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Sozialleistungsfinder for people: a start page, one question per step, then the result. Works without
 * JavaScript: every step is a form posted to {@link #PATH} that carries the answers so far as hidden fields, so
 * answers travel only in POST bodies (never in URLs, never in a session) and the server keeps nothing. The pages
 * are not to be stored by browsers or proxies.
 */
@Controller
@WebPage
class BenefitFinderPages {

    static final String PATH = "/sozialleistungsfinder";
    static final String PDF_PATH = PATH + "/ergebnis.pdf";
    private static final String PDF_FILE_NAME = "sozialleistungsfinder-ergebnis.pdf";
    static final String NEXT = "next";
    static final String BACK = "back";
    static final String DONT_KNOW = "dontKnow";
    /** Show the same step again, e.g. in another language: the form's action carries the new {@code lang}. */
    static final String STAY = "stay";
    static final String RESULT = "result";
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

    private final Questionnaire questionnaire;
    private final AnswerValidator validator;
    private final Evaluations evaluations;
    private final StepTexts texts;
    private final ResultPdf pdf;

    BenefitFinderPages(Questionnaire questionnaire, AnswerValidator validator, Evaluations evaluations,
            StepTexts texts, ResultPdf pdf) {
        this.questionnaire = questionnaire;
        this.validator = validator;
        this.evaluations = evaluations;
        this.texts = texts;
        this.pdf = pdf;
    }

    @GetMapping(PATH)
    String start(Model model) {
        model.addAttribute("questionCount", questionnaire.questions().size());
        return "benefitfinder/start";
    }

    @PostMapping(PATH)
    String step(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("formLanguageSwitch", true);
        Form form = Form.read(request, questionnaire.questions(), validator);
        String step = request.getParameter("step");
        String edit = request.getParameter("edit");
        if (edit != null && form.steps().known(edit)) {
            return question(form, edit, false, model, locale);
        }
        String action = Objects.requireNonNullElse(request.getParameter("action"), NEXT);
        if (RESULT.equals(action)) {
            return result(form, model, locale);
        }
        if (step == null || !form.steps().known(step)) {
            return question(form, form.steps().first(), false, model, locale);
        }
        if (DONT_KNOW.equals(action) && !Steps.POSTAL_CODE.equals(step)
                && form.steps().question(step).dontKnow()) {
            form = form.with(step, Questionnaire.DONT_KNOW);
        }
        return switch (action) {
            case BACK -> question(form, form.steps().previous(step).orElse(step), false, model, locale);
            case STAY -> question(form, step, false, model, locale);
            default -> forward(form, step, model, locale);
        };
    }

    /** "Weiter": the step's answer must be fine before the next step shows; after the postal code, the result. */
    private String forward(Form form, String step, Model model, Locale locale) {
        if (Steps.POSTAL_CODE.equals(step)) {
            return result(form, model, locale);
        }
        if (form.checked().wrong(step)) {
            return question(form, step, true, model, locale);
        }
        return question(form, form.steps().next(step), false, model, locale);
    }

    /** The result, or the first step whose answer is missing or wrong (the postal code, or a forged form). */
    private String result(Form form, Model model, Locale locale) {
        Optional<String> wrong = firstWrongStep(form);
        if (wrong.isPresent()) {
            return question(form, wrong.get(), true, model, locale);
        }
        model.addAllAttributes(resultModel(form, locale));
        model.addAttribute("linkBase", "");
        model.addAttribute("hidden", form.answers().hidden(null));
        return "benefitfinder/result";
    }

    /** "Als PDF herunterladen": the result of the posted answers as a PDF document. */
    @PostMapping(PDF_PATH)
    Object pdf(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Form form = Form.read(request, questionnaire.questions(), validator);
        Optional<String> wrong = firstWrongStep(form);
        if (wrong.isPresent()) {
            model.addAttribute("formLanguageSwitch", true);
            return question(form, wrong.get(), true, model, locale);
        }
        String site = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        byte[] pdf = this.pdf.render(resultModel(form, locale), site, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(PDF_FILE_NAME).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    private Optional<String> firstWrongStep(Form form) {
        Optional<String> wrong = form.steps().asked().stream().map(Question::id).filter(form.checked()::wrong)
                .findFirst();
        return wrong.isPresent() || postalCodeValid(form.answers()) ? wrong : Optional.of(Steps.POSTAL_CODE);
    }

    /** What the result page and its PDF show. */
    private Map<String, Object> resultModel(Form form, Locale locale) {
        String postalCode = form.answers().postalCode().isBlank() ? null : form.answers().postalCode();
        EvaluationReport report = evaluations.evaluate(form.checked().answers(), postalCode, null,
                locale.getLanguage());
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("possible", report.withOutcome("possible"));
        model.put("unlikely", report.withOutcome("unlikely"));
        model.put("rulesDate", LocalDate.parse(report.date())
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
        model.put("answers", texts.answerLines(form.steps(), form.answers(), form.checked(), locale));
        return model;
    }

    private String question(Form form, String step, boolean showError, Model model, Locale locale) {
        QuestionPage page = texts.page(form.steps(), step, form.answers(), showError, form.seenResult(), locale);
        model.addAttribute("step", page);
        return "benefitfinder/question";
    }

    private static boolean postalCodeValid(FormAnswers answers) {
        return answers.postalCode().isBlank() || POSTAL_CODE.matcher(answers.postalCode()).matches();
    }

    /** A posted form: its answers, what the validator made of them, and the steps they lead through. */
    private record Form(List<Question> questions, FormAnswers answers, Checked checked, Steps steps,
            boolean seenResult, AnswerValidator validator) {

        static Form read(HttpServletRequest request, List<Question> questions, AnswerValidator validator) {
            FormAnswers answers = FormAnswers.from(request.getParameterMap(), questions);
            return of(questions, answers, request.getParameter("seenResult") != null, validator);
        }

        private static Form of(List<Question> questions, FormAnswers answers, boolean seenResult,
                AnswerValidator validator) {
            Checked checked = validator.check(answers.json(questions));
            return new Form(questions, answers, checked, new Steps(questions, checked.answers()), seenResult,
                    validator);
        }

        Form with(String questionId, String value) {
            return of(questions, answers.with(questionId, List.of(value)), seenResult, validator);
        }
    }
}
