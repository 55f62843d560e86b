/**
 * Geocoding for the advice-centre finder: the GeoNames postal-code gazetteer (PLZ and place names → points),
 * location parameters ("40227", "40227 Düsseldorf", "Düsseldorf") resolved to an {@link
 * de.sozialplattform.search.geo.Origin} with ambiguity handling ("Neustadt" → candidates), and the autocomplete
 * endpoint {@code GET /api/v1/places}.
 *
 * <p>Public API: {@link de.sozialplattform.search.geo.Gazetteer} and its records {@link
 * de.sozialplattform.search.geo.GeoPoint}, {@link de.sozialplattform.search.geo.Origin} and {@link
 * de.sozialplattform.search.geo.PlaceSuggestion}; everything else is internal.
 *
 * <p>The data comes from {@code sozial.geo.plz-file} ({@code SOZIAL_GEO_PLZ_FILE}), else from a copy downloaded
 * once into {@code ${sozial.data-dir}/geo} (GeoNames DE.zip, fetched in the background), else geocoding is
 * unavailable: location searches answer 503 while readiness stays up. Postal code data © GeoNames
 * (www.geonames.org), CC BY 4.0.
 *
 * <p>Privacy: PLZ and place names a citizen types are never logged.
 */
package de.sozialplattform.search.geo;
