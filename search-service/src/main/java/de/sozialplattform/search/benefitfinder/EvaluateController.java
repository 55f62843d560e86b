package de.sozialplattform.search.benefitfinder;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.sozialplattform.search.benefitfinder.Evaluation.Result;
import de.sozialplattform.search.finder.NearbyAdviceCentres.Nearby;
import de.sozialplattform.search.problem.InvalidParameterException;
import de.sozialplattform.search.problem.InvalidParameterException.FieldError;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/benefit-finder/evaluate}: which benefits and counselling offers may fit a person's answers,
 * with reasons in the caller's language and, for counselling offers and a given PLZ, the nearest advice centres.
 * Answers travel only in the body (never in URLs), are neither stored nor logged, and the answer must not be kept
 * by browsers or proxies ({@code no-store}).
 */
@RestController
class EvaluateController {

    static final String PATH = "/api/v1/benefit-finder/evaluate";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** Benefit rules apply by German calendar days, whatever zone the server runs in. */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final AnswerValidator validator;
    private final BenefitFinder finder;
    private final EvaluateTexts texts;
    private final EvaluateAdvice advice;
    private final Clock clock;

    EvaluateController(AnswerValidator validator, BenefitFinder finder, EvaluateTexts texts, EvaluateAdvice advice,
            ObjectProvider<Clock> clock) {
        this.validator = validator;
        this.finder = finder;
        this.texts = texts;
        this.advice = advice;
        this.clock = clock.getIfAvailable(Clock::systemUTC).withZone(BERLIN);
    }

    @PostMapping(PATH)
    ResponseEntity<EvaluationView> evaluate(@RequestBody JsonNode body,
            @RequestParam(name = "lang", required = false) List<String> lang) {
        String language = language(lang);
        if (body == null || !body.isObject()) {
            throw new InvalidParameterException("body", "must be a JSON object with answers");
        }
        // every mistake in one problem, so a client can fix the form at once; never with the values sent
        List<FieldError> errors = new ArrayList<>();
        String postalCode = postalCode(body.get("postalCode"), errors);
        LocalDate date = date(body.get("date"), errors);
        Answers answers = null;
        try {
            answers = validator.validate(body.get("answers"));
        } catch (InvalidParameterException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        Evaluation evaluation = finder.evaluate(answers, date);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view(evaluation, postalCode, language));
    }

    private EvaluationView view(Evaluation evaluation, String postalCode, String lang) {
        EvaluateAdvice.Found found = postalCode == null ? null : advice.find(evaluation.results(), postalCode, lang);
        List<ResultView> results = evaluation.results().stream()
                .map(result -> new ResultView(result.benefit(), outcome(result), result.reasons().stream()
                        .map(reason -> texts.text(reason, lang)).toList(), result.legalBasis(), result.counselling(),
                        found == null ? null : found.byBenefit().get(result.benefit())))
                .toList();
        List<String> notes = new ArrayList<>(evaluation.notes().stream().map(note -> texts.text(note, lang)).toList());
        if (found != null) {
            found.note().ifPresent(note -> notes.add(texts.text(Evaluation.Text.of(note), lang)));
        }
        return new EvaluationView(evaluation.date().toString(), results, notes);
    }

    private static String outcome(Result result) {
        return result.outcome().name().toLowerCase(Locale.ROOT);
    }

    private static String postalCode(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull() || node.isString() && node.asString().isBlank()) {
            return null;
        }
        if (!node.isString() || !POSTAL_CODE.matcher(node.asString().strip()).matches()) {
            errors.add(new FieldError("postalCode", "must be a German postal code of 5 digits, as a string"));
            return null;
        }
        return node.asString().strip();
    }

    private LocalDate date(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull() || node.isString() && node.asString().isBlank()) {
            return LocalDate.now(clock);
        }
        if (node.isString() && DATE.matcher(node.asString().strip()).matches()) {
            try {
                return LocalDate.parse(node.asString().strip());
            } catch (DateTimeParseException e) {
                // falls through to the error: a day that does not exist, e.g. 2025-02-30
            }
        }
        errors.add(new FieldError("date", "must be a date in the form YYYY-MM-DD"));
        return null;
    }

    /** German unless a language is given; one plain language code, else 400 (like the questions endpoint). */
    private static String language(List<String> values) {
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return "de";
        }
        String lang = values.get(0).strip().toLowerCase(Locale.ROOT);
        if (values.size() > 1 || !LANGUAGE.matcher(lang).matches()) {
            throw new InvalidParameterException("lang", "must be a language code such as de or en");
        }
        return lang;
    }

    /**
     * The response document.
     *
     * @param date the date whose rules were applied
     * @param notes about the evaluation as a whole, e.g. that it is no decision
     */
    record EvaluationView(String date, List<ResultView> results, List<String> notes) {
    }

    /**
     * One benefit or counselling offer.
     *
     * @param outcome {@code possible} or {@code unlikely}
     * @param advice the nearest advice centres; only for counselling offers and only when a PLZ was sent
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResultView(String benefit, String outcome, List<String> reasons, String legalBasis, boolean counselling,
            List<Nearby> advice) {
    }
}
