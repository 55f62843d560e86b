package de.sozialplattform.search.finder;

import de.sozialplattform.search.geo.Origin;
import java.util.List;

/**
 * A validated search request.
 *
 * @param origin where distances are measured from; null without {@code location} or coordinates
 * @param terms the free text as sanitised words (empty without {@code q})
 * @param online {@code null} means "either"
 */
record FinderRequest(Origin origin, int radiusKm, List<String> types, List<String> topics, List<String> targetGroups,
        List<String> languages, List<String> terms, Boolean online, Boolean anonymous, Boolean accessible,
        Boolean free, Sort sort, int page, int size, String lang) {

    enum Sort { DISTANCE, RELEVANCE, NAME }

    boolean hasText() {
        return !terms.isEmpty();
    }
}
