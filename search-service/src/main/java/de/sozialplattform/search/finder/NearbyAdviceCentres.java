package de.sozialplattform.search.finder;

import de.sozialplattform.search.centres.AdviceCentre;
import de.sozialplattform.search.centres.AdviceCentreDocuments;
import de.sozialplattform.search.centres.SolrFields;
import de.sozialplattform.search.geo.Gazetteer;
import de.sozialplattform.search.geo.GeoPoint;
import de.sozialplattform.search.geo.Origin;
import de.sozialplattform.search.problem.InvalidParameterException;
import de.sozialplattform.search.problem.UnavailableException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The nearest advice centres of one counselling type around a PLZ, for other features that point people to
 * counselling (the benefit finder). Same index, query and rendering as the finder's "nearest" suggestions; only
 * located offers, nationwide ones have no distance to sort by. Nothing of a request is logged.
 */
@Component
public class NearbyAdviceCentres {

    /** The parameter an unknown PLZ is reported for. */
    public static final String POSTAL_CODE = "postalCode";

    private final Gazetteer gazetteer;
    private final AdviceCentreFinder.FinderSolr solr;
    private final FinderRenderer renderer;
    private final FinderProperties limits;

    NearbyAdviceCentres(Gazetteer gazetteer, AdviceCentreFinder.FinderSolr solr, FinderRenderer renderer,
            FinderProperties limits) {
        this.gazetteer = gazetteer;
        this.solr = solr;
        this.renderer = renderer;
        this.limits = limits;
    }

    /**
     * @param type a counselling type id, e.g. {@code schuldnerberatung}
     * @param postalCode a 5-digit PLZ
     * @param limit most centres to answer (capped to the finder's page size)
     * @param lang language of labels, German where a translation is missing
     * @return nearest first, however far; empty when nothing of the type is indexed
     * @throws InvalidParameterException {@code postalCode: unknown postal code} when the gazetteer does not know
     *     the PLZ (a typo, or one of the few current PLZ GeoNames lacks)
     * @throws UnavailableException when the gazetteer is not loaded or the index cannot be reached
     */
    public List<Nearby> nearest(String type, String postalCode, int limit, String lang) {
        if (!gazetteer.available()) {
            throw new UnavailableException("geocoding-unavailable", "Postal codes cannot be located at the moment.");
        }
        Optional<GeoPoint> point = gazetteer.postalCode(postalCode);
        if (point.isEmpty()) {
            throw new InvalidParameterException(POSTAL_CODE, "unknown postal code");
        }
        Origin origin = new Origin(null, postalCode, point.get().lat(), point.get().lon());
        int rows = Math.max(1, Math.min(limit, limits.maxSize()));
        FinderRequest request = new FinderRequest(origin, limits.maxRadiusKm(), List.of(type), List.of(), List.of(),
                List.of(), List.of(), null, null, null, null, FinderRequest.Sort.DISTANCE, 0, rows, lang);
        return solr.query(FinderQueries.nearest(request, rows)).getResults().stream()
                .map(document -> AdviceCentreDocuments.fromJson((String) document.getFirstValue(SolrFields.DOC_JSON)))
                .map(centre -> renderer.result(centre, origin, lang))
                .map(result -> new Nearby(result.id(), result.name(), result.distanceKm(), result.address()))
                .toList();
    }

    /**
     * One advice centre near the PLZ.
     *
     * @param distanceKm straight-line distance from the PLZ's centre, one decimal
     */
    public record Nearby(String id, String name, Double distanceKm, AdviceCentre.Address address) {
    }
}
