package de.sozialplattform.search.geo;

/**
 * One autocomplete suggestion. For a place name it carries the place's main (lowest) PLZ and the centroid of all
 * its PLZ; for a PLZ prefix it carries that PLZ and the place's point within it.
 */
public record PlaceSuggestion(String postalCode, String name, String state, double lat, double lon) {
}
