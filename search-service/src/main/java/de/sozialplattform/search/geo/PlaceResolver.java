package de.sozialplattform.search.geo;

import de.sozialplattform.search.geo.GazetteerIndex.Locality;
import de.sozialplattform.search.geo.GazetteerIndex.NameKey;
import de.sozialplattform.search.geo.GazetteerIndex.Place;
import de.sozialplattform.search.geo.GazetteerIndex.PostalCode;
import de.sozialplattform.search.problem.InvalidParameterException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns "40227", "40227 Düsseldorf", "Düsseldorf 40227" or "Düsseldorf" into an {@link Origin}.
 *
 * <p>A name matches places called exactly that, and places whose name continues it with more words ("Frankfurt" →
 * "Frankfurt am Main", "Frankfurt (Oder)"; "Dresden" → "Dresden Innere Altstadt"). An exact match takes the word
 * continuations in its own Kreis with it (city districts). Several matches are ambiguous unless the exact match is
 * a city among villages (at least {@value #DOMINANT_MIN_PLZ} PLZ and {@value #DOMINANT_RATIO} times the next): so
 * "Essen" is Essen, not also "Essen (Oldenburg)", while "Neustadt" asks which one. A name that matches nothing
 * falls back to its longest leading words naming a place exactly ("Emmerich am Rhein" → "Emmerich").
 */
final class PlaceResolver {

    static final int MAX_CANDIDATES = 20;
    static final int DOMINANT_MIN_PLZ = 5;
    static final int DOMINANT_RATIO = 3;

    private static final Pattern POSTAL_CODE_FIRST = Pattern.compile("(\\d{5})(?:[\\s,]+(.*))?");
    private static final Pattern POSTAL_CODE_LAST = Pattern.compile("(.*?)[\\s,]+(\\d{5})");
    private static final Pattern DIGITS = Pattern.compile("[\\d\\s]+");

    private final GazetteerIndex index;

    PlaceResolver(GazetteerIndex index) {
        this.index = index;
    }

    Origin resolve(String parameter, String location) {
        Matcher first = POSTAL_CODE_FIRST.matcher(location);
        if (first.matches()) {
            return byPostalCode(parameter, first.group(1), first.group(2));
        }
        Matcher last = POSTAL_CODE_LAST.matcher(location);
        if (last.matches()) {
            return byPostalCode(parameter, last.group(2), last.group(1));
        }
        if (DIGITS.matcher(location).matches()) {
            throw new InvalidParameterException(parameter, "must be a 5-digit postal code or a place name");
        }
        return byName(parameter, location);
    }

    /** The PLZ decides; a name only picks the locality within it (and is ignored when it names none of them). */
    private Origin byPostalCode(String parameter, String code, String name) {
        PostalCode postalCode = index.postalCode(code)
                .orElseThrow(() -> new InvalidParameterException(parameter, "unknown postal code"));
        if (name != null && !name.isBlank()) {
            List<String> keys = PlaceNames.keys(name);
            for (boolean exactOnly : new boolean[] {true, false}) {
                for (Locality locality : postalCode.localities()) {
                    if (matches(locality.place(), keys, exactOnly)) {
                        return new Origin(locality.place().name(), code, locality.point().lat(),
                                locality.point().lon());
                    }
                }
            }
        }
        return new Origin(postalCode.localities().get(0).place().name(), code, postalCode.point().lat(),
                postalCode.point().lon());
    }

    private static boolean matches(Place place, List<String> queryKeys, boolean exactOnly) {
        for (String placeKey : PlaceNames.keys(place.name())) {
            for (String queryKey : queryKeys) {
                if (placeKey.equals(queryKey) || !exactOnly && placeKey.startsWith(queryKey + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Origin byName(String parameter, String name) {
        List<String> keys = PlaceNames.keys(name);
        List<Group> groups = groups(keys);
        // official names GeoNames shortens ("Emmerich am Rhein" is "Emmerich", "Halle (Saale)" is "Halle"): the
        // longest leading words that name a place exactly
        int words = keys.isEmpty() ? 0 : keys.get(0).split(" ").length;
        for (int drop = 1; groups.isEmpty() && drop < words; drop++) {
            List<Group> shorter = groups(withoutLastWords(keys, drop));
            if (!shorter.isEmpty() && shorter.get(0).exact()) {
                groups = shorter;
            }
        }
        if (groups.isEmpty()) {
            throw new InvalidParameterException(parameter,
                    "unknown place; enter a postal code or choose a suggestion from /api/v1/places");
        }
        Group top = groups.get(0);
        if (groups.size() == 1 || dominates(top, groups.get(1))) {
            return top.origin();
        }
        List<Map<String, String>> candidates = groups.stream().limit(MAX_CANDIDATES).map(Group::candidate).toList();
        throw new InvalidParameterException(parameter, "place name is ambiguous; choose one of the candidates",
                Map.of("candidates", candidates));
    }

    /** Places named exactly by one of the keys, and places whose name continues a key with more words. */
    private List<Group> groups(List<String> keys) {
        Set<Place> exact = new LinkedHashSet<>();
        Set<Place> continued = new LinkedHashSet<>();
        for (String key : keys) {
            index.named(key).stream().filter(NameKey::whole).forEach(target -> exact.add(target.place()));
            index.forEachNameStartingWith(key + " ", (continuedKey, targets) -> targets.stream()
                    .filter(NameKey::whole).forEach(target -> continued.add(target.place())));
        }
        continued.removeAll(exact);
        return groups(exact, continued);
    }

    private static List<String> withoutLastWords(List<String> keys, int drop) {
        Set<String> shorter = new LinkedHashSet<>();
        for (String key : keys) {
            String[] words = key.split(" ");
            if (words.length > drop) {
                shorter.add(String.join(" ", Arrays.copyOf(words, words.length - drop)));
            }
        }
        return List.copyOf(shorter);
    }

    private static List<Group> groups(Set<Place> exact, Set<Place> continued) {
        List<Group> groups = new ArrayList<>();
        for (Place place : exact) {
            List<Place> members = new ArrayList<>(List.of(place));
            continued.stream().filter(other -> !place.districtCode().isEmpty()
                    && other.districtCode().equals(place.districtCode())).forEach(members::add);
            groups.add(Group.of(place, true, members));
        }
        groups.forEach(group -> continued.removeAll(group.members()));
        continued.forEach(place -> groups.add(Group.of(place, false, List.of(place))));
        groups.sort(Comparator.comparing((Group group) -> !group.exact())
                .thenComparing(Comparator.comparingInt(Group::postalCodeCount).reversed())
                .thenComparing(group -> group.main().name())
                .thenComparing(group -> group.main().mainPostalCode()));
        return groups;
    }

    private static boolean dominates(Group top, Group next) {
        return top.exact() && top.postalCodeCount() >= DOMINANT_MIN_PLZ
                && top.postalCodeCount() >= DOMINANT_RATIO * next.postalCodeCount();
    }

    /** A place with the districts it absorbed. */
    private record Group(Place main, boolean exact, List<Place> members, Set<String> postalCodes) {

        static Group of(Place main, boolean exact, List<Place> members) {
            Set<String> codes = new TreeSet<>();
            members.forEach(member -> codes.addAll(member.postalCodes()));
            return new Group(main, exact, members, codes);
        }

        int postalCodeCount() {
            return postalCodes.size();
        }

        /** Members weighted by their PLZ count, so a one-PLZ district counts as much as one PLZ of the city. */
        Origin origin() {
            double lat = 0;
            double lon = 0;
            int weight = 0;
            for (Place member : members) {
                int size = member.postalCodes().size();
                lat += member.point().lat() * size;
                lon += member.point().lon() * size;
                weight += size;
            }
            return new Origin(main.name(), postalCodes.size() == 1 ? postalCodes.iterator().next() : null, lat / weight,
                    lon / weight);
        }

        Map<String, String> candidate() {
            Map<String, String> candidate = new LinkedHashMap<>();
            candidate.put("postalCode", postalCodes.iterator().next());
            candidate.put("name", main.name());
            candidate.put("state", main.state());
            candidate.put("district", main.district());
            return candidate;
        }
    }
}
