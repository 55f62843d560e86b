package de.sozialplattform.bench;

import de.sozialplattform.search.geo.Gazetteer;
import de.sozialplattform.search.geo.Origin;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A search request read as the API reads it, so the raw Solr side can send the very query the API sends. Mirrors
 * {@code FinderRequestParser}, {@code FinderRequest} and {@code UserText} of the search service (package-private
 * there) for the parameters the scenarios use, with the service's default limits (radius 25 km, 20 per page). The
 * place or PLZ is resolved with the application's own gazetteer before the run: the raw side gets coordinates, as a
 * client that talks to Solr directly would have to bring them. Keep it in step with those classes; the bench checks
 * before measuring that both sides find the same locations in the same order.
 *
 * @param origin null without {@code location} or {@code lat}/{@code lon}
 * @param terms the free text as the service's sanitised words
 */
record MirroredSearch(Origin origin, int radiusKm, List<String> types, List<String> topics, List<String> targetGroups,
        List<String> languages, List<String> terms, Boolean online, Boolean anonymous, Boolean accessible,
        Boolean free, Sort sort, int page, int size) {

    enum Sort { DISTANCE, RELEVANCE, NAME }

    static final int DEFAULT_RADIUS_KM = 25;
    static final int DEFAULT_SIZE = 20;

    /** Reads API query parameters (one value each; lists comma-separated, as the API accepts them). */
    static MirroredSearch of(Map<String, String> params, Gazetteer gazetteer) {
        Origin origin = params.containsKey("location") ? gazetteer.resolve("location", params.get("location"))
                : params.containsKey("lat") ? new Origin(null, null, Double.parseDouble(params.get("lat").trim()),
                        Double.parseDouble(params.get("lon").trim()))
                : null;
        List<String> terms = words(params.get("q"));
        Sort sort = params.containsKey("sort") ? Sort.valueOf(params.get("sort").toUpperCase(Locale.ROOT))
                : origin != null ? Sort.DISTANCE : !terms.isEmpty() ? Sort.RELEVANCE : Sort.NAME;
        return new MirroredSearch(origin, integer(params, "radiusKm", DEFAULT_RADIUS_KM), values(params, "type"),
                values(params, "topic"), values(params, "targetGroup"), values(params, "language"), terms,
                flag(params, "online"), flag(params, "anonymous"), flag(params, "accessible"), flag(params, "free"),
                sort, integer(params, "page", 0), integer(params, "size", DEFAULT_SIZE));
    }

    /** {@code UserText.words}: NFC, lower case, letters and digits and inner hyphens; everything else separates. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.GERMAN);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint) || codePoint == '-' && !word.isEmpty()) {
                word.appendCodePoint(codePoint);
            } else {
                add(words, word);
            }
        }
        add(words, word);
        return List.copyOf(words);
    }

    /** {@code UserText.folded}: a-z and 0-9 only (ä → a, ß → ss), as the typo-tolerant name field stores words. */
    static String folded(String word) {
        return Normalizer.normalize(word.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
    }

    private static void add(List<String> words, StringBuilder word) {
        String value = word.toString().replaceAll("-+$", "");
        if (!value.isEmpty()) {
            words.add(value);
        }
        word.setLength(0);
    }

    private static List<String> values(Map<String, String> params, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : params.getOrDefault(name, "").split(",")) {
            if (!value.isBlank()) {
                values.add(value.trim().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(values);
    }

    private static int integer(Map<String, String> params, String name, int fallback) {
        return params.containsKey(name) ? Integer.parseInt(params.get(name).trim()) : fallback;
    }

    private static Boolean flag(Map<String, String> params, String name) {
        return params.containsKey(name) ? Boolean.valueOf(params.get(name).trim()) : null;
    }
}
