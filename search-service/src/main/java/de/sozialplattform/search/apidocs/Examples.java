package de.sozialplattform.search.apidocs;

import static de.sozialplattform.search.apidocs.Docs.json;

import java.util.List;
import java.util.Map;

/** Example answers, shaped like the real ones (names and PLZ from the seed content and the GeoNames gazetteer). */
final class Examples {

    private Examples() {
    }

    /** {@code ?location=40227&type=suchtberatung&q=drogen} on the seed content, shortened to one result. */
    static Map<String, Object> search() {
        Map<String, Object> result = json(
                "id", "2ca39d4c-274a-5b14-b4ce-df1ba715d551",
                "name", "Drogenberatungsstelle \"komm-pass\"",
                "organisation", json("id", "32508915-ea9d-5fbb-bc28-152c6d12cab7",
                        "name", "Drogenberatungsstelle \"komm-pass\""),
                "types", List.of(json("id", "suchtberatung", "label", "Suchtberatung")),
                "topics", List.of(json("id", "drogen", "label", "Drogen"), json("id", "alkohol", "label", "Alkohol"),
                        json("id", "medikamente", "label", "Medikamente")),
                "address", json("street", "Charlottenstraße 30", "postalCode", "40210", "city", "Düsseldorf"),
                "location", json("lat", 51.2216, "lon", 6.7897, "approximate", true),
                "distanceKm", 1.6,
                "nationwide", false,
                "languages", List.of("de"));
        return json("total", 4, "page", 0, "size", 20,
                "origin", json("label", "Düsseldorf", "postalCode", "40227", "lat", 51.2117, "lon", 6.8071),
                "results", List.of(result),
                "facets", json("type", List.of(json("value", "suchtberatung", "label", "Suchtberatung", "count", 4)),
                        "topic", List.of(json("value", "alkohol", "label", "Alkohol", "count", 4),
                                json("value", "drogen", "label", "Drogen", "count", 4),
                                json("value", "spielsucht", "label", "Glücksspiel und Spielsucht", "count", 1)),
                        "online", List.of(json("value", "false", "count", 3), json("value", "true", "count", 1)),
                        "language", List.of(json("value", "de", "count", 4), json("value", "tr", "count", 1))));
    }

    /** The 400 for "Neustadt" (shortened; the API lists up to 20): that exact name first, then continuations. */
    static Map<String, Object> ambiguousPlace() {
        Map<String, Object> problem = ProblemSchemas.invalid("location",
                "place name is ambiguous; choose one of the candidates");
        problem.put("candidates", List.of(
                json("postalCode", "37345", "name", "Neustadt", "state", "Thüringen", "district", "Eichsfeld"),
                json("postalCode", "67433", "name", "Neustadt an der Weinstraße", "state", "Rheinland-Pfalz",
                        "district", "Neustadt an der Weinstraße, kreisfreie Stadt"),
                json("postalCode", "16845", "name", "Neustadt (Dosse)", "state", "Brandenburg",
                        "district", "Landkreis Ostprignitz-Ruppin")));
        return problem;
    }

    /** Autocomplete for "düss". */
    static Map<String, Object> places() {
        return json("results", List.of(
                json("postalCode", "40210", "name", "Düsseldorf", "state", "Nordrhein-Westfalen", "lat", 51.2211,
                        "lon", 6.7941)));
    }
}
