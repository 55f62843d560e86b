package de.sozialplattform.bench;

import de.sozialplattform.search.geo.Gazetteer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The mix of searches the bench sends, as citizens would: each scenario a pool of generated queries on real PLZ,
 * place names and coordinates, the same for the same seed. Every search asks for facets (the API always does), and
 * most find something, so the API does not add its "nothing within the radius" suggestion queries.
 */
final class SearchScenarios {

    static final String PATH = "/api/v1/advice-centres";
    static final List<String> NAMES = List.of("PLZ + radius + type", "place + topic", "free text, synonyms",
            "PLZ + free text", "coordinates + filters", "page 2 of PLZ + type");
    /** Everyday words the synonym file maps to terms ("Glücksspiel" ↔ Spielsucht, "Schulden" → Schuldnerberatung). */
    static final List<String> TEXTS = List.of("Glücksspiel", "Schulden", "Spielsucht", "obdachlos",
            "Miete nicht zahlen", "Sucht", "Alkohol", "P-Konto", "Privatinsolvenz", "Geldsorgen", "zocken",
            "Essstörungen", "Gerichtsvollzieher", "Drogenberatung", "Caritas");
    private static final List<Integer> RADII = List.of(5, 10, 25, 50);
    private static final List<String> FILTERS = List.of("online=true", "language=tr", "free=true", "anonymous=true",
            "accessible=true");
    private static final int PLACES = 200;

    /**
     * One search of the mix, both ways.
     *
     * @param kind the index of its scenario in {@link #NAMES}
     * @param apiPath {@code GET} path and query of the API
     * @param solrBody the form body of {@code POST <core>/select} with the parameters the API sends to Solr
     */
    record Query(int kind, String apiPath, String solrBody) {
    }

    private final List<PostalCodePoints.Point> points;
    private final List<String> postalCodes;
    private final List<String> places;
    private final List<String> types;
    private final List<String> topics;
    private final Gazetteer gazetteer;
    private final Random random;

    SearchScenarios(PostalCodePoints points, Map<String, List<String>> topicsByType, Gazetteer gazetteer, long seed) {
        this.points = points.points();
        this.postalCodes = points.postalCodes();
        this.gazetteer = gazetteer;
        // Place names the gazetteer resolves: the biggest places; ambiguous names (a 400 with candidates) left out.
        this.places = points.placesByRows().stream().filter(this::resolves).limit(PLACES).toList();
        this.types = topicsByType.keySet().stream().sorted().toList();
        this.topics = topicsByType.values().stream().flatMap(List::stream).distinct().sorted().toList();
        this.random = new Random(seed);
    }

    /** {@code perScenario} queries of each scenario, interleaved. */
    List<Query> queries(int perScenario) {
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < perScenario; i++) {
            for (int kind = 0; kind < NAMES.size(); kind++) {
                queries.add(query(kind, params(kind)));
            }
        }
        return queries;
    }

    private Map<String, String> params(int kind) {
        Map<String, String> params = new LinkedHashMap<>();
        switch (kind) {
            case 0 -> {
                params.put("location", pick(postalCodes));
                params.put("radiusKm", String.valueOf(pick(RADII)));
                params.put("type", pick(types));
            }
            case 1 -> {
                params.put("location", pick(places));
                params.put("topic", pick(topics));
            }
            case 2 -> params.put("q", pick(TEXTS));
            case 3 -> {
                params.put("location", pick(postalCodes));
                params.put("q", pick(TEXTS));
            }
            case 4 -> {
                PostalCodePoints.Point near = pick(points);
                params.put("lat", String.format(Locale.ROOT, "%.4f", near.lat() + random.nextDouble() * 0.04 - 0.02));
                params.put("lon", String.format(Locale.ROOT, "%.4f", near.lon() + random.nextDouble() * 0.06 - 0.03));
                params.put("radiusKm", String.valueOf(pick(RADII.subList(1, RADII.size()))));
                params.put("type", pick(types));
                String[] filter = pick(FILTERS).split("=");
                params.put(filter[0], filter[1]);
            }
            default -> {
                params.put("location", pick(postalCodes));
                params.put("radiusKm", "50");
                params.put("type", pick(types));
                params.put("page", "1");
            }
        }
        return params;
    }

    private Query query(int kind, Map<String, String> params) {
        String apiQuery = params.entrySet().stream().map(p -> p.getKey() + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
        return new Query(kind, PATH + "?" + apiQuery, RawSolrQueries.formBody(MirroredSearch.of(params, gazetteer)));
    }

    private boolean resolves(String place) {
        try {
            gazetteer.resolve("location", place);
            return true;
        } catch (RuntimeException e) { // ambiguous or unknown: the API would answer 400
            return false;
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
