package de.sozialplattform.search.centres;

import java.util.Optional;

/**
 * The point of a German postal code (its centre), for locations that have an address but no coordinates of their
 * own. The gazetteer answers it in the application; tests pass a small table.
 */
@FunctionalInterface
public interface PostalCodeLookup {

    /** No gazetteer: locations without coordinates get none. */
    PostalCodeLookup NONE = postalCode -> Optional.empty();

    Optional<LatLon> point(String postalCode);

    /** WGS84 degrees. */
    record LatLon(double lat, double lon) {
    }
}
