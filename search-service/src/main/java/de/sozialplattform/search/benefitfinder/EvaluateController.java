package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.search.problem.InvalidParameterException;
import de.sozialplattform.search.problem.InvalidParameterException.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final AnswerValidator validator;
    private final Evaluations evaluations;

    EvaluateController(AnswerValidator validator, Evaluations evaluations) {
        this.validator = validator;
        this.evaluations = evaluations;
    }

    @PostMapping(PATH)
    ResponseEntity<EvaluationReport> evaluate(@RequestBody JsonNode body,
            @RequestParam(name = "lang", required = false) List<String> lang) {
        String language = LanguageParameter.parse(lang);
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
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(evaluations.evaluate(answers, postalCode, date, language));
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

    private static LocalDate date(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull() || node.isString() && node.asString().isBlank()) {
            return null;
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
}
