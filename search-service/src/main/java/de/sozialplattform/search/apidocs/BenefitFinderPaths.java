package de.sozialplattform.search.apidocs;

import static de.sozialplattform.search.apidocs.Docs.arrayOf;
import static de.sozialplattform.search.apidocs.Docs.bool;
import static de.sozialplattform.search.apidocs.Docs.cached;
import static de.sozialplattform.search.apidocs.Docs.enumOf;
import static de.sozialplattform.search.apidocs.Docs.integer;
import static de.sozialplattform.search.apidocs.Docs.number;
import static de.sozialplattform.search.apidocs.Docs.object;
import static de.sozialplattform.search.apidocs.Docs.ok;
import static de.sozialplattform.search.apidocs.Docs.open;
import static de.sozialplattform.search.apidocs.Docs.problem;
import static de.sozialplattform.search.apidocs.Docs.query;
import static de.sozialplattform.search.apidocs.Docs.ref;
import static de.sozialplattform.search.apidocs.Docs.serverError;
import static de.sozialplattform.search.apidocs.Docs.string;
import static de.sozialplattform.search.apidocs.Docs.type;
import static de.sozialplattform.search.apidocs.ProblemSchemas.INVALID_PARAMETER_PROBLEM;
import static de.sozialplattform.search.apidocs.ProblemSchemas.SEARCH_PROBLEM;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Sozialleistungsfinder: {@code GET /api/v1/benefit-finder/questions} ({@code QuestionsController}) and
 * {@code POST /api/v1/benefit-finder/evaluate} ({@code EvaluateController}) with their schemas.
 */
@SuppressWarnings("rawtypes")
final class BenefitFinderPaths {

    static final String TAG = "Sozialleistungsfinder";
    static final String QUESTIONS = "/api/v1/benefit-finder/questions";
    static final String EVALUATE = "/api/v1/benefit-finder/evaluate";

    private BenefitFinderPaths() {
    }

    static Map<String, PathItem> all() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        paths.put(QUESTIONS, new PathItem().get(questions()));
        paths.put(EVALUATE, new PathItem().post(evaluate()));
        return paths;
    }

    static Map<String, Schema> schemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put("BenefitFinderQuestionnaire", object("The questions in the order they are asked, with wording.")
                .addProperty("lang", string("The language asked for; texts missing in it are German"))
                .addProperty("questions", arrayOf(ref("BenefitFinderQuestion"), null))
                .addProperty("answers", object("Labels of the answers `yes`, `no` and `dontKnow`")
                        .additionalProperties(string(null)))
                .required(List.of("lang", "questions", "answers")));
        schemas.put("BenefitFinderQuestion", object("One question. Its `id` is a public contract: answers are sent "
                + "by it.")
                .addProperty("id", string("e.g. `age`"))
                .addProperty("type", enumOf("How it is answered: `integer` (a whole number from `min` to `max`), "
                        + "`yesNo` (`true`/`false`), `choice` (one option value), `multiChoice` (an array of option "
                        + "values, `none` alone)", List.of("integer", "yesNo", "choice", "multiChoice")))
                .addProperty("required", bool("Must be answered"))
                .addProperty("dontKnow", bool("`\"dontKnow\"` is an accepted answer"))
                .addProperty("min", integer("Only for `integer`"))
                .addProperty("max", integer("Only for `integer`"))
                .addProperty("options", arrayOf(ref("BenefitFinderOption"), "Only for `choice` and `multiChoice`"))
                .addProperty("askedWhen", arrayOf(ref("BenefitFinderCondition"), "Ask only when all hold; an "
                        + "unknown earlier answer satisfies every condition. Empty: always asked"))
                .addProperty("text", string("The question as asked"))
                .addProperty("help", string("An explanation, for questions that have one"))
                .required(List.of("id", "type", "required", "dontKnow", "askedWhen", "text")));
        schemas.put("BenefitFinderOption", object("One answer option.")
                .addProperty("value", string("What to send"))
                .addProperty("label", string("What to show"))
                .required(List.of("value", "label")));
        schemas.put("BenefitFinderCondition", object("A condition on an earlier answer: exactly one of `in` and "
                + "`atLeast`.")
                .addProperty("question", string("Id of an earlier question"))
                .addProperty("in", arrayOf(type().description("An option value, or `true`/`false` for a yes/no question"),
                        "Answers that let the question be asked"))
                .addProperty("atLeast", integer("Smallest answer of an integer question that lets it be asked"))
                .required(List.of("question")));
        schemas.put("BenefitFinderRequest", object("A person's answers; never stored or logged.")
                .addProperty("answers", object("Answers by question id: whole numbers (also as numeric strings), "
                        + "`true`/`false` (also as strings), option values, arrays of option values, `\"dontKnow\"` "
                        + "where offered, or `null` for not answered. Answers to questions not asked are ignored")
                        .additionalProperties(type()))
                .addProperty("postalCode", string("PLZ for the nearest advice centres of counselling offers; a "
                        + "well-formed PLZ the gazetteer does not know gives the evaluation with a note, not an error")
                        .pattern("^[0-9]{5}$"))
                .addProperty("date", string("Whose rules apply; default today in Germany").format("date")));
        schemas.put("BenefitFinderEvaluation", object("Which benefits and counselling offers may fit, and why. "
                + "Orientation only, never a decision; no amounts.")
                .addProperty("date", string("The date whose rules were applied").format("date"))
                .addProperty("results", arrayOf(ref("BenefitFinderResult"), "One per benefit, in a stable order"))
                .addProperty("notes", arrayOf(string(null), "About the evaluation as a whole, in the language asked "
                        + "for"))
                .required(List.of("date", "results", "notes")));
        schemas.put("BenefitFinderResult", object("The outcome for one benefit or counselling offer. Title, "
                + "description, info page and application link are the published CMS `benefit` content whose "
                + "`finderId` is `benefit`; without such content the title is the benefit's name from the message "
                + "bundles and the rest is absent.")
                .addProperty("benefit", string("Benefit id, e.g. `buergergeld`"))
                .addProperty("outcome", enumOf("`possible`: möglicherweise Anspruch; `unlikely`: wahrscheinlich "
                        + "kein Anspruch", List.of("possible", "unlikely")))
                .addProperty("title", string("The benefit's name in the language asked for"))
                .addProperty("description", string("One or two sentences about the benefit; absent when none"))
                .addProperty("infoPage", string("The citizen page about the benefit, a path of this site; absent "
                        + "when none"))
                .addProperty("applyUrl", string("Where the online application starts (\"Antrag starten\"); absent "
                        + "when there is none"))
                .addProperty("reasons", arrayOf(string(null), "Why: the main reason first, then what was assumed "
                        + "for unknown answers"))
                .addProperty("legalBasis", string("The paragraphs the rule follows, e.g. `§§ 7, 9, 12 SGB II`"))
                .addProperty("counselling", bool("A counselling offer rather than a benefit"))
                .addProperty("advice", arrayOf(ref("NearbyAdviceCentre"), "Only for counselling offers and only "
                        + "with `postalCode`: the nearest advice centres of the matching type with an address, nearest "
                        + "first, at most 3, however far; empty (and a note says why) when they cannot be looked up "
                        + "or the PLZ is not known"))
                .required(List.of("benefit", "outcome", "reasons", "legalBasis", "counselling")));
        schemas.put("NearbyAdviceCentre", object("An advice centre near the PLZ; details at "
                + "`/api/v1/advice-centres/{id}`.")
                .addProperty("id", string(null).format("uuid"))
                .addProperty("name", string(null))
                .addProperty("distanceKm", number("Straight-line distance from the PLZ, one decimal"))
                .addProperty("address", ref("PostalAddress"))
                .required(List.of("id", "name")));
        return schemas;
    }

    private static Parameter lang() {
        return query("lang", string(null).pattern("^[a-z]{2,3}$"), "Language of the texts, e.g. `de` or `en`; "
                + "German when missing or not translated");
    }

    private static Operation questions() {
        Operation operation = open(TAG, "benefitFinderQuestions", "The questionnaire", """
                The benefit finder's questions with their wording, types, limits, options and skip logic \
                (`askedWhen`), for the web UI and partner portals.""")
                .addParametersItem(lang());
        operation.getResponses()
                .addApiResponse("200", cached(ok(ref("BenefitFinderQuestionnaire"), "The questionnaire"), 300,
                        "an edited questionnaire shows after at most that long"))
                .addApiResponse("400", problem(INVALID_PARAMETER_PROBLEM, "`lang` is not a language code "
                        + "(`/problems/invalid-parameter`)"))
                .addApiResponse("500", serverError())
                .addApiResponse("503", problem(SEARCH_PROBLEM, "No valid questionnaire is loaded "
                        + "(`/problems/benefit-finder-unavailable`)"));
        return operation;
    }

    private static Operation evaluate() {
        Operation operation = open(TAG, "evaluateBenefits", "Evaluate answers", """
                Which benefits and counselling offers may fit a person's answers, with reasons in the language \
                asked for; with `postalCode`, counselling offers list the nearest advice centres. Stateless: answers \
                are neither stored nor logged and belong in the body only, never in a URL. Orientation only, never a \
                binding decision.""")
                .addParametersItem(lang())
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType(Docs.JSON,
                        new MediaType().schema(ref("BenefitFinderRequest")))));
        operation.getResponses()
                .addApiResponse("200", ok(ref("BenefitFinderEvaluation"), "The evaluation")
                        .addHeaderObject("Cache-Control", new Header().schema(type("string"))
                                .description("`no-store`: the answer reveals a person's circumstances")))
                .addApiResponse("400", problem(INVALID_PARAMETER_PROBLEM, """
                        Every mistake at once (`/problems/invalid-parameter`; `errors` names each): \
                        `answers.<id>` for a missing required, invalid or unknown answer, `postalCode`, `date`, \
                        `lang` or `body`. Submitted values are never repeated."""))
                .addApiResponse("500", serverError())
                .addApiResponse("503", problem(SEARCH_PROBLEM, "No valid questionnaire or rules are loaded "
                        + "(`/problems/benefit-finder-unavailable`)"));
        return operation;
    }
}
