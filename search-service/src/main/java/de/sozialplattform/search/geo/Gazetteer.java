package de.sozialplattform.search.geo;

import de.sozialplattform.search.problem.InvalidParameterException;
import de.sozialplattform.search.problem.UnavailableException;
import java.util.List;
import java.util.Optional;

/**
 * Geocoding of German postal codes and place names from the GeoNames postal-code gazetteer. It may be unavailable
 * (no file, download failed or still running): then {@link #available()} is false, {@link #postalCode} is empty and
 * {@link #resolve} and {@link #suggest} answer 503; search by coordinates does not need it.
 *
 * <p>User input never goes into log lines or exception messages: places and PLZ reveal where someone seeks help.
 */
public final class Gazetteer {

    static final int MAX_LENGTH = 100;
    static final int MAX_SUGGESTIONS = 10;

    // swapped in once by the loader (possibly from the download thread); readers take one consistent snapshot
    private volatile GazetteerIndex index;

    Gazetteer() {
    }

    Gazetteer(GazetteerIndex index) {
        this.index = index;
    }

    void install(GazetteerIndex loaded) {
        this.index = loaded;
    }

    /** True once a postal-code file is loaded. */
    public boolean available() {
        return index != null;
    }

    /** The point of a 5-digit PLZ (centroid of its rows); empty when unknown or the gazetteer is not loaded. */
    public Optional<GeoPoint> postalCode(String plz) {
        GazetteerIndex current = index;
        if (current == null || plz == null) {
            return Optional.empty();
        }
        return current.postalCode(plz.strip()).map(GazetteerIndex.PostalCode::point);
    }

    /**
     * Resolves a location parameter: a PLZ, "PLZ Ort", or a place name (case-, umlaut- and
     * transliteration-tolerant). A place with several PLZ resolves to their centroid, with {@code postalCode} null.
     *
     * @param parameter the query parameter's name, used in the 400 problem
     * @throws InvalidParameterException blank, too long or control characters; unknown PLZ or place; an ambiguous
     *                                   place name (problem member {@code candidates}: postalCode, name, state,
     *                                   district)
     * @throws UnavailableException      the gazetteer is not loaded (503 {@code geocoding-unavailable})
     */
    public Origin resolve(String parameter, String location) {
        String text = checked(parameter, location);
        return new PlaceResolver(loaded()).resolve(parameter, text);
    }

    /**
     * Autocomplete over PLZ prefixes and place-name prefixes, best first, at most {@code limit} (capped to 1…10).
     *
     * @throws InvalidParameterException {@code q} blank, too long or with control characters
     * @throws UnavailableException      the gazetteer is not loaded
     */
    public List<PlaceSuggestion> suggest(String q, int limit) {
        String text = checked("q", q);
        return new PlaceSuggester(loaded()).suggest(text, Math.max(1, Math.min(limit, MAX_SUGGESTIONS)));
    }

    private GazetteerIndex loaded() {
        GazetteerIndex current = index;
        if (current == null) {
            throw new UnavailableException("geocoding-unavailable", "Geocoding is not available at the moment: "
                    + "the postal-code gazetteer is not loaded. Search by lat and lon still works.");
        }
        return current;
    }

    static String checked(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidParameterException(parameter, "must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidParameterException(parameter, "must be at most " + MAX_LENGTH + " characters");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new InvalidParameterException(parameter, "must not contain control characters");
        }
        return text.strip();
    }
}
