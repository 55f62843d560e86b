package de.sozialplattform.search.apidocs;

import static de.sozialplattform.search.apidocs.Docs.bool;
import static de.sozialplattform.search.apidocs.Docs.cached;
import static de.sozialplattform.search.apidocs.Docs.enumOf;
import static de.sozialplattform.search.apidocs.Docs.examples;
import static de.sozialplattform.search.apidocs.Docs.integer;
import static de.sozialplattform.search.apidocs.Docs.json;
import static de.sozialplattform.search.apidocs.Docs.number;
import static de.sozialplattform.search.apidocs.Docs.ok;
import static de.sozialplattform.search.apidocs.Docs.open;
import static de.sozialplattform.search.apidocs.Docs.pathParam;
import static de.sozialplattform.search.apidocs.Docs.problem;
import static de.sozialplattform.search.apidocs.Docs.query;
import static de.sozialplattform.search.apidocs.Docs.range;
import static de.sozialplattform.search.apidocs.Docs.ref;
import static de.sozialplattform.search.apidocs.Docs.repeatable;
import static de.sozialplattform.search.apidocs.Docs.serverError;
import static de.sozialplattform.search.apidocs.Docs.string;
import static de.sozialplattform.search.apidocs.Docs.withDefault;
import static de.sozialplattform.search.apidocs.Docs.withExample;
import static de.sozialplattform.search.apidocs.ProblemSchemas.INVALID_PARAMETER_PROBLEM;
import static de.sozialplattform.search.apidocs.ProblemSchemas.SEARCH_PROBLEM;
import static de.sozialplattform.search.apidocs.ProblemSchemas.invalid;
import static de.sozialplattform.search.apidocs.ProblemSchemas.unavailable;

import de.sozialplattform.search.finder.FinderProperties;
import de.sozialplattform.search.taxonomy.CounsellingType;
import de.sozialplattform.search.taxonomy.Taxonomy;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/advice-centres} and {@code GET /api/v1/advice-centres/{id}}. Limits come from
 * {@link FinderProperties} and the ids from the {@link Taxonomy}, so the document states what this instance
 * enforces; {@code FinderRequestParser} is the reference for each check.
 */
final class FinderPaths {

    static final String TAG = "Beratungsstellenfinder";
    static final String SEARCH = "/api/v1/advice-centres";
    static final String DETAIL = SEARCH + "/{id}";
    private static final String LANGUAGE_CODE = "^[a-z]{2,3}$";
    private static final String EDITORS = "answers change only when editors publish";

    private final Taxonomy taxonomy;
    private final FinderProperties limits;

    FinderPaths(Taxonomy taxonomy, FinderProperties limits) {
        this.taxonomy = taxonomy;
        this.limits = limits;
    }

    Map<String, PathItem> all() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        paths.put(SEARCH, new PathItem().get(search()));
        paths.put(DETAIL, new PathItem().get(detail()));
        return paths;
    }

    private Operation search() {
        Operation operation = open(TAG, "searchAdviceCentres", "Search advice centres", """
                Advice centres (Beratungsstellen) near a place or point, filtered by counselling type, topic, target \
                group, free text and features, with facet counts. With an origin (`location` or `lat`+`lon`) only \
                offices within `radiusKm` match, plus nationwide and online-only offers, which match whatever the \
                radius (`nationwide: true`). When no office lies within the radius (nationwide offers aside), `suggestions` names the nearest \
                matches beyond it and nationwide online offers.

                Every parameter is optional and, unless marked repeatable, may be given once; every mistake is a 400 \
                naming the parameter. Unknown parameters are ignored. Search terms and places are never logged.""");
        List.of(location(), coordinate("lat", 90, "Latitude of the origin (WGS84), with `lon`; instead of `location`",
                        51.2277), coordinate("lon", 180, "Longitude of the origin (WGS84), with `lat`", 6.7735),
                query("radiusKm", range(integer(null), 1, limits.maxRadiusKm(), (long) limits.defaultRadiusKm()),
                        "Radius around the origin in km (straight line); ignored without an origin"),
                repeatable("type", enumOf(null, typeIds()), "Counselling type (Beratungsart), ids from the taxonomy "
                        + "(`adviceCentres/counsellingTypes/<id>.yaml` in the light modules; a new file adds a type "
                        + "without code, so this list shows the types in force when the document was built). An "
                        + "unknown id is a 400"),
                repeatable("topic", enumOf(null, List.copyOf(taxonomy.topics())), "Topic, ids from the taxonomy "
                        + "(a topic may belong to several types). An unknown id is a 400"),
                repeatable("targetGroup", string(null).pattern("^[a-z0-9-]{1,40}$"), "Target group: "
                        + String.join(", ", taxonomy.targetGroups().stream().map(id -> "`" + id + "`").toList())
                        + " (other ids of this shape are accepted and match nothing)"),
                text(),
                query("online", bool(null), "`true`: only offers with online counselling (chat, video, e-mail, "
                        + "phone); `false`: only without"),
                query("anonymous", bool(null), "Anonymous counselling possible"),
                repeatable("language", string(null).pattern(LANGUAGE_CODE), "Language counselling is offered in, ISO "
                        + "639-1 code such as `tr` or `ar`"),
                query("accessible", bool(null), "Step-free access"),
                query("free", bool(null), "Free of charge"),
                query("sort", enumOf(null, List.of("distance", "relevance", "name")), "Order of `results`: "
                        + "`distance` (nearest first; nationwide and online-only offers after the located ones; needs "
                        + "an origin), `relevance` (best text match first) or `name`. Default: `distance` with an "
                        + "origin, else `relevance` with `q`, else `name`. Ties are broken by id, so pages are stable"),
                query("page", range(integer(null), 0, limits.maxResultWindow() - 1, 0L), "Page, 0-based. At most "
                        + "the first " + limits.maxResultWindow() + " results can be paged through "
                        + "(`(page + 1) * size`); narrow the search instead"),
                query("size", range(integer(null), 1, limits.maxSize(), (long) limits.defaultSize()), "Page size"),
                lang()).forEach(operation::addParametersItem);
        operation.getResponses()
                .addApiResponse("200", cached(examples(ok(ref(FinderSchemas.LIST), "The matches"),
                        json("byPostalCode", Examples.search())), 60, EDITORS))
                .addApiResponse("400", examples(problem(INVALID_PARAMETER_PROBLEM, """
                        A parameter is wrong (`/problems/invalid-parameter`; `errors` names it): unknown PLZ or place, \
                        `location` together with `lat`/`lon`, malformed or out-of-range coordinates, radius, page or \
                        size, unknown type or topic, `q` without a word or too long, `sort=distance` without an \
                        origin, a single-valued parameter given twice. An ambiguous place name lists the \
                        `candidates` to choose from."""), json(
                        "radius", invalid("radiusKm", "must be between 1 and " + limits.maxRadiusKm()),
                        "unknownType", invalid("type", "'beratung' is not a counselling type"),
                        "ambiguousPlace", Examples.ambiguousPlace())))
                .addApiResponse("500", serverError())
                .addApiResponse("503", examples(problem(SEARCH_PROBLEM, "`location` was given but no postal-code "
                        + "gazetteer is loaded (`/problems/geocoding-unavailable`; `lat`/`lon` still work), or the "
                        + "search index cannot be reached (`/problems/search-unavailable`)"), json(
                        "geocoding", unavailable("geocoding-unavailable", "Geocoding is not available at the moment: "
                                + "the postal-code gazetteer is not loaded. Search by lat and lon still works."),
                        "search", unavailable("search-unavailable", "The search is not available at the moment; "
                                + "please try again later."))));
        return operation;
    }

    private List<String> typeIds() {
        return taxonomy.types().stream().map(CounsellingType::id).toList();
    }

    private static Parameter location() {
        Parameter location = query("location", string(null).maxLength(100), """
                Origin as a PLZ (`40227`), a place name (`Düsseldorf`; case-, umlaut- and transliteration-tolerant) \
                or both (`40227 Düsseldorf`). A place with several PLZ is searched from their centroid; an \
                ambiguous name ("Neustadt") answers 400 with `candidates`; unknown PLZ or places answer 400. Not \
                together with `lat`/`lon`. Needs the postal-code gazetteer (else 503); `/api/v1/places` suggests \
                values""");
        withExample(location, "postalCode", "40227", "PLZ");
        withExample(location, "place", "Düsseldorf", "Place name");
        return withExample(location, "both", "46446 Emmerich am Rhein", "PLZ and place");
    }

    private static Parameter coordinate(String name, int bound, String description, double sample) {
        return query(name, range(number(null), -bound, bound, null), description).example(sample);
    }

    private Parameter text() {
        return query("q", string(null).maxLength(limits.maxTextLength()), "Free text over name, organisation, "
                + "description, hints, type and topic labels and city, with German synonyms (\"Glücksspiel\" finds "
                + "Spielsucht) and typo tolerance for names. At most " + limits.maxTextLength() + " characters and "
                + limits.maxTerms() + " words; it is taken as plain words (query syntax such as `*:*`, `field:x` or "
                + "quotes has no effect), all of which must match; text without any letter or digit is a 400")
                .example("Spielsucht");
    }

    private static Parameter lang() {
        return query("lang", withDefault(string(null).pattern(LANGUAGE_CODE), "de"), "Language of labels and "
                + "texts, e.g. `en`; a missing translation falls back to German");
    }

    private Operation detail() {
        Operation operation = open(TAG, "getAdviceCentre", "One advice centre", "One published location with its "
                        + "description, opening hours, features, the announcements valid today and the organisation's "
                        + "other locations.")
                .addParametersItem(pathParam("id", string(null).format("uuid").pattern("^[0-9a-fA-F-]{36}$"),
                        "Identifier (UUID) of the location, `id` of a search result"))
                .addParametersItem(lang());
        operation.getResponses()
                .addApiResponse("200", cached(ok(ref(FinderSchemas.DETAIL), "The location"), 60, EDITORS))
                .addApiResponse("400", problem(INVALID_PARAMETER_PROBLEM, "`id` is not a UUID, or `lang` is not a "
                        + "language code or given twice (`/problems/invalid-parameter`)"))
                .addApiResponse("404", problem(SEARCH_PROBLEM, "No published location with this id "
                        + "(`/problems/not-found`)"))
                .addApiResponse("500", serverError())
                .addApiResponse("503", problem(SEARCH_PROBLEM, "The search index cannot be reached "
                        + "(`/problems/search-unavailable`)"));
        return operation;
    }
}
