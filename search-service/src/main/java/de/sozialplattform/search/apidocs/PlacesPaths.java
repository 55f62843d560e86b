package de.sozialplattform.search.apidocs;

import static de.sozialplattform.search.apidocs.Docs.arrayOf;
import static de.sozialplattform.search.apidocs.Docs.cached;
import static de.sozialplattform.search.apidocs.Docs.examples;
import static de.sozialplattform.search.apidocs.Docs.integer;
import static de.sozialplattform.search.apidocs.Docs.json;
import static de.sozialplattform.search.apidocs.Docs.number;
import static de.sozialplattform.search.apidocs.Docs.object;
import static de.sozialplattform.search.apidocs.Docs.ok;
import static de.sozialplattform.search.apidocs.Docs.open;
import static de.sozialplattform.search.apidocs.Docs.problem;
import static de.sozialplattform.search.apidocs.Docs.query;
import static de.sozialplattform.search.apidocs.Docs.range;
import static de.sozialplattform.search.apidocs.Docs.ref;
import static de.sozialplattform.search.apidocs.Docs.serverError;
import static de.sozialplattform.search.apidocs.Docs.string;
import static de.sozialplattform.search.apidocs.ProblemSchemas.INVALID_PARAMETER_PROBLEM;
import static de.sozialplattform.search.apidocs.ProblemSchemas.SEARCH_PROBLEM;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/places}: PLZ and place autocomplete ({@code PlacesController}) and its schemas. */
@SuppressWarnings("rawtypes")
final class PlacesPaths {

    static final String TAG = "Places";
    static final String PLACES = "/api/v1/places";
    /** {@code Gazetteer.MAX_LENGTH} and {@code Gazetteer.MAX_SUGGESTIONS}, which the gazetteer keeps to itself. */
    private static final int MAX_QUERY_LENGTH = 100;
    private static final int MAX_SUGGESTIONS = 10;

    private PlacesPaths() {
    }

    static Map<String, PathItem> all() {
        return Map.of(PLACES, new PathItem().get(places()));
    }

    static Map<String, Schema> schemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put("PlaceList", object("Suggestions, best first.")
                .addProperty("results", arrayOf(ref("Place"), "At most `limit`; empty when nothing matches"))
                .required(List.of("results")));
        schemas.put("Place", object("A place or PLZ from the GeoNames postal-code gazetteer (CC BY 4.0). For a "
                + "place name: its main (lowest) PLZ and the centroid of all its PLZ; for a PLZ: that PLZ and the "
                + "locality's point in it.")
                .addProperty("postalCode", string("PLZ").pattern("^[0-9]{5}$"))
                .addProperty("name", string("Place name, e.g. `Düsseldorf`"))
                .addProperty("state", string("Land, e.g. `Nordrhein-Westfalen`"))
                .addProperty("lat", number("Latitude (WGS84)"))
                .addProperty("lon", number("Longitude (WGS84)"))
                .required(List.of("postalCode", "name", "state", "lat", "lon")));
        return schemas;
    }

    private static Operation places() {
        Operation operation = open(TAG, "suggestPlaces", "Autocomplete PLZ and places", """
                Suggestions for the finder's location field. Digits (`402`, `40227 Düss`) list PLZ in order, one \
                per locality; anything else lists places by name: exact name before name prefix before the prefix \
                of an inner word ("Main" finds Frankfurt am Main), bigger places (more PLZ) first. Case-, umlaut- and \
                transliteration-tolerant: `Dusseldorf`, `duesseldorf` and `düss` find Düsseldorf. Send a \
                suggestion's `postalCode` (or `postalCode name`) as `location` to search there. Queries are never \
                logged.""")
                .addParametersItem(query("q", string(null).minLength(1).maxLength(MAX_QUERY_LENGTH), "What was typed "
                        + "so far: a PLZ prefix, a place-name prefix or both; not blank, at most " + MAX_QUERY_LENGTH
                        + " characters, no control characters").required(true).example("düss"))
                .addParametersItem(query("limit", range(integer(null), 1, MAX_SUGGESTIONS, (long) MAX_SUGGESTIONS),
                        "Most suggestions to answer"));
        operation.getResponses()
                .addApiResponse("200", cached(examples(ok(ref("PlaceList"), "The suggestions"),
                        json("duess", Examples.places())), 3600,
                        "the gazetteer changes rarely"))
                .addApiResponse("400", problem(INVALID_PARAMETER_PROBLEM, "`q` is missing, blank, too long or has "
                        + "control characters, or `limit` is not a whole number from 1 to " + MAX_SUGGESTIONS
                        + " (`/problems/invalid-parameter`)"))
                .addApiResponse("500", serverError())
                .addApiResponse("503", problem(SEARCH_PROBLEM, "No postal-code gazetteer is loaded "
                        + "(`/problems/geocoding-unavailable`)"));
        return operation;
    }
}
