package de.sozialplattform.search.geo;

/**
 * Where a location search starts: the place the user meant, its point and, when it is one postal code, that code.
 *
 * @param label      the place name to show, e.g. {@code Düsseldorf}
 * @param postalCode the PLZ when the origin is one postal code; {@code null} for a place with several PLZ
 * @param lat        latitude (WGS84)
 * @param lon        longitude (WGS84)
 */
public record Origin(String label, String postalCode, double lat, double lon) {
}
