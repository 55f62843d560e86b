package de.sozialplattform.search.finder;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import de.sozialplattform.search.centres.AdviceCentre;
import de.sozialplattform.search.geo.Origin;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the advice-centre API. */
final class FinderViews {

    private FinderViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SearchResponse(long total, int page, int size, OriginView origin, List<Result> results,
            Map<String, List<FacetValue>> facets, Suggestions suggestions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OriginView(String label, String postalCode, double lat, double lon) {
        static OriginView of(Origin origin) {
            return origin == null ? null : new OriginView(origin.label(), origin.postalCode(), origin.lat(), origin.lon());
        }
    }

    /**
     * One location in a result list.
     *
     * @param nationwide true for nationwide and online-only offers, which appear whatever the radius
     * @param distanceKm straight-line distance from the origin, one decimal; null without origin or address
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(String id, String name, OrganisationView organisation, List<Label> types, List<Label> topics,
            AdviceCentre.Address address, AdviceCentre.Point location, Double distanceKm, boolean nationwide,
            AdviceCentre.Online online, String bookingUrl, String phone, String email, String website,
            List<String> languages) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OrganisationView(String id, String name, String website) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Label(String id, String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FacetValue(String value, String label, long count) {
    }

    /**
     * What to offer when nothing lies within the radius.
     *
     * @param nearest the nearest matches beyond the radius
     * @param online nationwide and online offers of the requested types
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Suggestions(List<Result> nearest, List<Result> online) {
    }

    /** One location with everything a details page shows: the result fields and more. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Detail(@JsonUnwrapped Result summary, String description, List<OpeningHoursView> openingHours, String openingHoursNote,
            boolean anonymous, boolean stepFree, boolean signLanguage, boolean freeOfCharge, boolean mainLocation,
            boolean onlineOnly, List<Label> targetGroups, String transportHint, String parkingHint,
            String locationHint, List<AnnouncementView> announcements, List<Result> otherLocations,
            String lastModified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OpeningHoursView(List<String> days, String opens, String closes, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AnnouncementView(String text, String validFrom, String validUntil) {
    }
}
