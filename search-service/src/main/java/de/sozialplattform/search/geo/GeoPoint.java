package de.sozialplattform.search.geo;

/** A WGS84 point in decimal degrees. */
public record GeoPoint(double lat, double lon) {
}
