package de.sozialplattform.bench;

import de.sozialplattform.search.benefitfinder.AnswerValidator;
import de.sozialplattform.search.benefitfinder.Answers;
import de.sozialplattform.search.benefitfinder.BenefitFinder;
import de.sozialplattform.search.benefitfinder.Evaluation;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request path of {@code POST /api/v1/benefit-finder/evaluate} up to the rules' result, in the three stages the
 * benefit-finder bench measures: parse the body, then validate it, then evaluate it. Each stage does all of the one
 * before, so their costs are comparable within a run. Rendering the texts and writing the JSON answer are not part
 * of it, nor is HTTP.
 */
final class EvaluationPath {

    /** What the controller has before it applies the rules. */
    record Validated(Answers answers, LocalDate date) {
    }

    private final ObjectReader reader;
    private final AnswerValidator validator;
    private final BenefitFinder finder;

    /** {@code json}: the application's mapper, the one Spring MVC reads request bodies with. */
    EvaluationPath(JsonMapper json, AnswerValidator validator, BenefitFinder finder) {
        // Spring MVC reads a @RequestBody JsonNode through an ObjectReader for the target type, not readTree.
        this.reader = json.readerFor(JsonNode.class);
        this.validator = validator;
        this.finder = finder;
    }

    /** Stage 1, the baseline: the body as {@code EvaluateController} receives it. */
    JsonNode parse(byte[] request) {
        return reader.readValue(request);
    }

    /**
     * Stage 2: parse, then the answers through the product's {@link AnswerValidator} and the date as the controller
     * reads it. The controller is package-private; this mirrors its reading of {@code date}, which every bench
     * request carries.
     */
    Validated validate(byte[] request) {
        JsonNode body = parse(request);
        LocalDate date = LocalDate.parse(body.get("date").asString().strip());
        return new Validated(validator.validate(body.get("answers")), date);
    }

    /** Stage 3, the full evaluation: parse, validate, and apply the rules with the product's {@link BenefitFinder}. */
    Evaluation evaluate(byte[] request) {
        Validated validated = validate(request);
        return finder.evaluate(validated.answers(), validated.date());
    }
}
