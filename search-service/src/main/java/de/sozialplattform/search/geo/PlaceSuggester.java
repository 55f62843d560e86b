package de.sozialplattform.search.geo;

import de.sozialplattform.search.geo.GazetteerIndex.Locality;
import de.sozialplattform.search.geo.GazetteerIndex.NameKey;
import de.sozialplattform.search.geo.GazetteerIndex.Place;
import de.sozialplattform.search.geo.GazetteerIndex.PostalCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Autocomplete. Digits first ("402", "40227 Düss") list PLZ entries in PLZ order, one per locality. Anything else
 * lists places by name: exact name before name prefix before an inner word's prefix ("Main" → "Frankfurt am
 * Main"); within each, places with more PLZ (bigger ones) first.
 */
final class PlaceSuggester {

    private static final Pattern POSTAL_CODE_PREFIX = Pattern.compile("(\\d{1,5})(?:[\\s,]+(.*))?");
    private static final int EXACT = 0;
    private static final int PREFIX = 1;
    private static final int INNER_WORD = 2;

    private final GazetteerIndex index;

    PlaceSuggester(GazetteerIndex index) {
        this.index = index;
    }

    List<PlaceSuggestion> suggest(String text, int limit) {
        Matcher postalCode = POSTAL_CODE_PREFIX.matcher(text);
        if (postalCode.matches()) {
            return byPostalCode(postalCode.group(1), postalCode.group(2), limit);
        }
        return byName(text, limit);
    }

    private List<PlaceSuggestion> byPostalCode(String prefix, String name, int limit) {
        List<String> keys = name == null ? List.of() : PlaceNames.keys(name);
        List<PlaceSuggestion> suggestions = new ArrayList<>(limit);
        for (PostalCode postalCode : index.postalCodesStartingWith(prefix)) {
            for (Locality locality : postalCode.localities()) {
                if (keys.isEmpty() || namePrefix(locality.place(), keys)) {
                    Place place = locality.place();
                    suggestions.add(new PlaceSuggestion(postalCode.code(), place.name(), place.state(),
                            locality.point().lat(), locality.point().lon()));
                    if (suggestions.size() == limit) {
                        return suggestions;
                    }
                }
            }
        }
        return suggestions;
    }

    private static boolean namePrefix(Place place, List<String> queryKeys) {
        for (String placeKey : PlaceNames.keys(place.name())) {
            for (String queryKey : queryKeys) {
                if (placeKey.startsWith(queryKey) || placeKey.contains(" " + queryKey)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<PlaceSuggestion> byName(String text, int limit) {
        List<String> keys = PlaceNames.keys(text);
        Map<Place, Integer> ranks = ranks(keys);
        // an official name GeoNames shortens ("Emmerich am Rhein"): suggest the place its leading words name exactly
        while (ranks.isEmpty() && !keys.isEmpty() && keys.get(0).indexOf(' ') > 0) {
            keys = keys.stream().filter(key -> key.indexOf(' ') > 0)
                    .map(key -> key.substring(0, key.lastIndexOf(' '))).distinct().toList();
            ranks = ranks(keys);
            ranks.values().removeIf(rank -> rank != EXACT);
        }
        Comparator<Map.Entry<Place, Integer>> best = Comparator.comparing(Map.Entry::getValue);
        best = best.thenComparing(entry -> -entry.getKey().postalCodes().size())
                .thenComparing(entry -> entry.getKey().name())
                .thenComparing(entry -> entry.getKey().mainPostalCode());
        return ranks.entrySet().stream().sorted(best).limit(limit).map(Map.Entry::getKey)
                .map(place -> new PlaceSuggestion(place.mainPostalCode(), place.name(), place.state(),
                        place.point().lat(), place.point().lon()))
                .toList();
    }

    /** Each place any key leads to, with its best rank. */
    private Map<Place, Integer> ranks(List<String> keys) {
        Map<Place, Integer> ranks = new IdentityHashMap<>();
        for (String key : keys) {
            index.forEachNameStartingWith(key, (nameKey, targets) -> {
                for (NameKey target : targets) {
                    int rank = !target.whole() ? INNER_WORD : nameKey.equals(key) ? EXACT : PREFIX;
                    ranks.merge(target.place(), rank, Math::min);
                }
            });
        }
        return ranks;
    }
}
