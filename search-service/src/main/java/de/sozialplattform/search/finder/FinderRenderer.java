package de.sozialplattform.search.finder;

import de.sozialplattform.search.centres.AdviceCentre;
import de.sozialplattform.search.finder.FinderViews.AnnouncementView;
import de.sozialplattform.search.finder.FinderViews.Detail;
import de.sozialplattform.search.finder.FinderViews.Label;
import de.sozialplattform.search.finder.FinderViews.OpeningHoursView;
import de.sozialplattform.search.finder.FinderViews.OrganisationView;
import de.sozialplattform.search.finder.FinderViews.Result;
import de.sozialplattform.search.geo.Origin;
import de.sozialplattform.search.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Renders internal documents in the caller's language (German where a translation is missing). */
@Component
class FinderRenderer {

    /** The mean earth radius Solr's geofilt uses, so distances shown agree with the radius filter. */
    private static final double EARTH_RADIUS_KM = 6371.0087714;

    private final Taxonomy taxonomy;

    FinderRenderer(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    Result result(AdviceCentre centre, Origin origin, String lang) {
        AdviceCentre.Organisation organisation = centre.organisation();
        return new Result(centre.id(), centre.name(),
                organisation == null ? null : new OrganisationView(organisation.id(), organisation.name(), organisation.website()),
                labels("type", centre.types(), lang), labels("topic", centre.topics(), lang), centre.address(),
                centre.location(), distance(origin, centre.location()), centre.everywhere(), centre.online(),
                centre.bookingUrl(), centre.phone(), centre.email(), centre.website(), centre.languages());
    }

    Detail detail(AdviceCentre centre, String lang, LocalDate today, List<Result> others) {
        List<OpeningHoursView> hours = centre.openingHours().stream()
                .map(h -> new OpeningHoursView(h.days(), h.opens(), h.closes(), translated(h.note(), lang)))
                .toList();
        List<AnnouncementView> announcements = centre.announcements().stream()
                .filter(a -> a.validOn(today))
                .map(a -> new AnnouncementView(translated(a.text(), lang), string(a.validFrom()), string(a.validUntil())))
                .toList();
        return new Detail(result(centre, null, lang), centre.text("description", lang), hours,
                centre.text("openingHoursNote", lang), centre.anonymous(), centre.stepFree(), centre.signLanguage(),
                centre.freeOfCharge(), centre.mainLocation(), centre.onlineOnly(),
                labels("targetGroup", centre.targetGroups(), lang), centre.text("transportHint", lang),
                centre.text("parkingHint", lang), centre.text("locationHint", lang), announcements, others,
                centre.lastModified() == null ? null : centre.lastModified().toString());
    }

    String label(String kind, String id, String lang) {
        return taxonomy.label(kind, id, lang);
    }

    private List<Label> labels(String kind, List<String> ids, String lang) {
        return ids.stream().map(id -> new Label(id, taxonomy.label(kind, id, lang))).toList();
    }

    private static String translated(java.util.Map<String, String> byLanguage, String lang) {
        String value = byLanguage.get(lang);
        return value != null ? value : byLanguage.get("de");
    }

    private static String string(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Great-circle distance rounded to one decimal; null when either point is unknown. */
    static Double distance(Origin origin, AdviceCentre.Point point) {
        if (origin == null || point == null) {
            return null;
        }
        double lat1 = Math.toRadians(origin.lat());
        double lat2 = Math.toRadians(point.lat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(point.lon() - origin.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        double km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
        return Math.round(km * 10) / 10.0;
    }
}
