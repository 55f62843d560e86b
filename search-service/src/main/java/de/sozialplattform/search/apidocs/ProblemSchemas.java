package de.sozialplattform.search.apidocs;

import static de.sozialplattform.search.apidocs.Docs.arrayOf;
import static de.sozialplattform.search.apidocs.Docs.integer;
import static de.sozialplattform.search.apidocs.Docs.json;
import static de.sozialplattform.search.apidocs.Docs.object;
import static de.sozialplattform.search.apidocs.Docs.ref;
import static de.sozialplattform.search.apidocs.Docs.string;
import static de.sozialplattform.search.apidocs.Docs.type;

import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem documents of the search API ({@code SearchProblemAdvice}). Named apart from the CMS's {@code Problem}
 * schemas: the search service also runs alone, and with the CMS both sets must coexist in one document whichever
 * customizer runs first.
 */
@SuppressWarnings("rawtypes")
final class ProblemSchemas {

    static final String SEARCH_PROBLEM = "SearchProblem";
    static final String INVALID_PARAMETER_PROBLEM = "InvalidParameterProblem";

    private ProblemSchemas() {
    }

    static Map<String, Schema> all() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(SEARCH_PROBLEM, object("""
                An error of the search API as RFC 9457 problem details (`application/problem+json`). `type` is \
                stable per kind of error: `/problems/invalid-parameter` (400), `/problems/not-found` (404), \
                `/problems/geocoding-unavailable` (503: no postal-code gazetteer loaded; searching by `lat` and \
                `lon` still works), `/problems/search-unavailable` (503: the search index cannot be reached), \
                `/problems/internal-error` (500). Problems are never cached (`Cache-Control: no-store`) and never \
                echo Solr's messages or what was searched for.""")
                .addProperty("type", string("URI reference naming the kind of error, e.g. "
                        + "`/problems/invalid-parameter`").format("uri-reference"))
                .addProperty("title", string("Short summary of the kind of error"))
                .addProperty("status", integer("HTTP status code"))
                .addProperty("detail", string("What went wrong, e.g. `radiusKm: must be between 1 and 200`"))
                .addProperty("instance", string("URI of the request that failed").format("uri-reference"))
                .required(List.of("type", "title", "status")));
        schemas.put("ParameterError", object("The offending parameter and what is wrong with it.")
                .addProperty("field", string("The query or path parameter, e.g. `radiusKm`, `location`, `type`, "
                        + "`id`; `body` for an unreadable request body"))
                .addProperty("message", string("What is wrong, e.g. `must be between 1 and 200` or `unknown postal "
                        + "code`, in words a partner portal can show next to its input"))
                .required(List.of("field", "message")));
        schemas.put("PlaceCandidate", object("One of the places an ambiguous place name may mean. Send its "
                + "`postalCode` (or `postalCode name`) as `location` to choose it.")
                .addProperty("postalCode", string("The place's main (lowest) PLZ").pattern("^[0-9]{5}$"))
                .addProperty("name", string("Place name as in the gazetteer, e.g. `Neustadt an der Weinstraße`"))
                .addProperty("state", string("Land (federal state), e.g. `Rheinland-Pfalz`"))
                .addProperty("district", string("Kreis (district), to tell places of one name in one Land apart"))
                .required(List.of("postalCode", "name")));
        schemas.put(INVALID_PARAMETER_PROBLEM, type("object").description("""
                400 (`/problems/invalid-parameter`): a parameter is missing, malformed, out of range or unknown; \
                `errors` names it. An ambiguous place name in `location` also lists the `candidates` to choose \
                from.""")
                .addAllOfItem(ref(SEARCH_PROBLEM))
                .addAllOfItem(object(null)
                        .addProperty("errors", arrayOf(ref("ParameterError"), "The offending parameter").minItems(1))
                        .addProperty("candidates", arrayOf(ref("PlaceCandidate"), "Only for an ambiguous place name "
                                + "in `location`: the places it may mean, biggest first, at most 20").maxItems(20))
                        .required(List.of("errors"))));
        return schemas;
    }

    /** A plain 400 as the API answers it, for examples. */
    static Map<String, Object> invalid(String parameter, String message) {
        return json("type", "/problems/invalid-parameter", "title", "Invalid parameter", "status", 400,
                "detail", parameter + ": " + message, "instance", "/api/v1/advice-centres",
                "errors", List.of(json("field", parameter, "message", message)));
    }

    static Map<String, Object> unavailable(String slug, String detail) {
        return json("type", "/problems/" + slug, "title", "Service unavailable", "status", 503, "detail", detail);
    }
}
