package de.sozialplattform.search.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The loaded gazetteer, immutable: postal codes with their localities, and places reachable by name keys. A place
 * is one name within one Kreis (GeoNames' {@code community_code}): "Neustadt" in two Kreise are two places, while
 * Düsseldorf's 37 PLZ rows are one place.
 */
final class GazetteerIndex {

    /** One place: a name in one Kreis, its PLZ (ascending; the first is the main PLZ) and their centroid. */
    record Place(String name, String state, String district, String districtCode, List<String> postalCodes,
                 GeoPoint point) {

        String mainPostalCode() {
            return postalCodes.get(0);
        }
    }

    /** A place within one PLZ, at the point of its rows there. */
    record Locality(String postalCode, Place place, GeoPoint point) {
    }

    /** A PLZ, the centroid of all its rows and its localities, places with more PLZ first. */
    record PostalCode(String code, GeoPoint point, List<Locality> localities) {
    }

    /** A name key leading to a place: {@code whole} when the key is the whole name, not one of its inner words. */
    record NameKey(Place place, boolean whole) {
    }

    private final NavigableMap<String, PostalCode> postalCodes;
    private final NameIndex names;
    private final int places;

    private GazetteerIndex(NavigableMap<String, PostalCode> postalCodes, NameIndex names, int places) {
        this.postalCodes = postalCodes;
        this.names = names;
        this.places = places;
    }

    static GazetteerIndex build(List<PostalCodeFile.Row> rows) {
        Map<String, List<String>> keysByName = new HashMap<>();
        Map<String, PlaceRows> byPlace = new LinkedHashMap<>();
        for (PostalCodeFile.Row row : rows) {
            List<String> keys = keysByName.computeIfAbsent(row.name(), PlaceNames::keys);
            String identity = (keys.isEmpty() ? row.name() : keys.get(0)) + '\u0000' + row.communityCode();
            byPlace.computeIfAbsent(identity, key -> new PlaceRows(row, keys)).add(row);
        }
        Map<String, List<Locality>> localities = new HashMap<>();
        NameIndex.Builder names = new NameIndex.Builder();
        for (PlaceRows placeRows : byPlace.values()) {
            Place place = placeRows.place();
            placeRows.points.forEach((code, points) -> localities.computeIfAbsent(code, key -> new ArrayList<>(1))
                    .add(new Locality(code, place, centroid(points))));
            names.add(place, placeRows.keys);
        }
        Map<String, List<GeoPoint>> rowPoints = new HashMap<>();
        rows.forEach(row -> rowPoints.computeIfAbsent(row.postalCode(), key -> new ArrayList<>(1))
                .add(new GeoPoint(row.lat(), row.lon())));
        NavigableMap<String, PostalCode> postalCodes = new TreeMap<>();
        // the town before its districts: "01067" is Dresden first, then "Dresden Innere Altstadt" (stable sort)
        Comparator<Locality> biggerFirst = Comparator.comparingInt(locality -> -locality.place().postalCodes().size());
        localities.forEach((code, list) -> {
            list.sort(biggerFirst);
            postalCodes.put(code, new PostalCode(code, centroid(rowPoints.get(code)), List.copyOf(list)));
        });
        return new GazetteerIndex(postalCodes, names.build(), byPlace.size());
    }

    static GeoPoint centroid(Collection<GeoPoint> points) {
        double lat = 0;
        double lon = 0;
        for (GeoPoint point : points) {
            lat += point.lat();
            lon += point.lon();
        }
        return new GeoPoint(lat / points.size(), lon / points.size());
    }

    Optional<PostalCode> postalCode(String code) {
        return Optional.ofNullable(postalCodes.get(code));
    }

    Collection<PostalCode> postalCodesStartingWith(String prefix) {
        return postalCodes.subMap(prefix, true, prefix + '\uffff', false).values();
    }

    List<NameKey> named(String key) {
        return names.named(key);
    }

    void forEachNameStartingWith(String keyPrefix, BiConsumer<String, List<NameKey>> action) {
        names.forEachStartingWith(keyPrefix, action);
    }

    int postalCodeCount() {
        return postalCodes.size();
    }

    int placeCount() {
        return places;
    }

    /** The rows of one place while the index is built. */
    private static final class PlaceRows {

        private final PostalCodeFile.Row first;
        private final List<String> keys;
        private final Map<String, List<GeoPoint>> points = new TreeMap<>();

        PlaceRows(PostalCodeFile.Row first, List<String> keys) {
            this.first = first;
            this.keys = keys;
        }

        void add(PostalCodeFile.Row row) {
            points.computeIfAbsent(row.postalCode(), key -> new ArrayList<>()).add(new GeoPoint(row.lat(), row.lon()));
        }

        /** One point per PLZ first, so a PLZ with many rows (districts) does not pull the centroid its way. */
        Place place() {
            List<GeoPoint> perPostalCode = points.values().stream().map(GazetteerIndex::centroid).toList();
            return new Place(first.name(), first.state(), first.community(), first.communityCode(),
                    List.copyOf(points.keySet()), centroid(perPostalCode));
        }
    }
}
