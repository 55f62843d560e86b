package de.sozialplattform.cms.access;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The properties of a {@code location} (light-modules/.../contentTypes/location.yaml) a centre maintainer may set.
 * What citizens need to reach the centre is theirs; what decides where and for what the centre is found (name,
 * organisation, counselling types, target groups, coordinates, nationwide/online-only, main location) stays with
 * editors, as do {@code anonymous} and {@code freeOfCharge}, promises the platform vouches for. Translations
 * ({@code description_en}) follow their base property. A test checks every name against the content type.
 */
public final class LocationFields {

    /** Changeable on the maintainer's own locations. */
    public static final Set<String> UPDATABLE = Set.of(
            // public contact data
            "phone", "email", "website",
            // opening hours
            "openingHours", "openingHoursNote",
            // hints
            "transportHint", "parkingHint", "locationHint",
            // offer
            "topics", "onlineChannels", "onlineUrl", "bookingUrl", "languages",
            // accessibility
            "stepFree", "signLanguage",
            // texts
            "announcements", "description");

    /** Settable when a maintainer creates a location: a new location needs a name, its Träger, types and address. */
    public static final Set<String> CREATABLE = Stream.concat(UPDATABLE.stream(),
                    Stream.of("name", "organisation", "types", "street", "postalCode", "city"))
            .collect(Collectors.toUnmodifiableSet());

    /** Coordinates are editors' alone: they decide distance results. */
    static final Set<String> COORDINATES = Set.of("latitude", "longitude", "coordinatesApproximate");

    private LocationFields() {
    }

    /** {@code description_en} → {@code description}. */
    static String baseName(String property) {
        int underscore = property.lastIndexOf('_');
        return underscore < 0 ? property : property.substring(0, underscore);
    }
}
