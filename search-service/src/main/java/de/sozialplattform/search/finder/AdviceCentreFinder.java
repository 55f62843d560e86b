package de.sozialplattform.search.finder;

import de.sozialplattform.search.centres.AdviceCentre;
import de.sozialplattform.search.centres.AdviceCentreDocuments;
import de.sozialplattform.search.centres.SolrFields;
import de.sozialplattform.search.finder.FinderViews.FacetValue;
import de.sozialplattform.search.finder.FinderViews.Result;
import de.sozialplattform.search.finder.FinderViews.SearchResponse;
import de.sozialplattform.search.finder.FinderViews.Suggestions;
import de.sozialplattform.search.geo.Origin;
import de.sozialplattform.search.problem.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.SolrParams;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Runs searches and look-ups against the live index and renders their answers. */
@Service
class AdviceCentreFinder {

    private static final Map<String, String> FACETS = Map.of(SolrFields.TYPE, "type", SolrFields.TOPIC, "topic",
            SolrFields.ONLINE, "online", SolrFields.LANGUAGE, "language");

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final FinderSolr solr;
    private final FinderRenderer renderer;
    private final FinderProperties limits;
    private final Clock clock;

    AdviceCentreFinder(FinderSolr solr, FinderRenderer renderer, FinderProperties limits, ObjectProvider<Clock> clock) {
        this.solr = solr;
        this.renderer = renderer;
        this.limits = limits;
        // Announcements are valid by German calendar days, whatever zone the server runs in.
        this.clock = clock.getIfAvailable(Clock::systemUTC).withZone(BERLIN);
    }

    SearchResponse search(FinderRequest request) {
        QueryResponse response = solr.query(FinderQueries.search(request));
        long total = response.getResults().getNumFound();
        List<Result> results = results(response, request.origin(), request.lang());
        Suggestions suggestions = request.origin() != null && localHits(response) == 0 ? suggestions(request) : null;
        return new SearchResponse(total, request.page(), request.size(), FinderViews.OriginView.of(request.origin()),
                results, facets(response, request.lang()), suggestions);
    }

    FinderViews.Detail detail(String id, String lang) {
        SolrDocument document = solr.query(FinderQueries.byId(id)).getResults().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Advice centre " + id));
        AdviceCentre centre = centre(document);
        List<Result> others = centre.organisation() == null ? List.of()
                : results(solr.query(FinderQueries.sameOrganisation(centre.organisation().id(), centre.id(),
                        limits.otherLocations())), null, lang);
        return renderer.detail(centre, lang, LocalDate.now(clock), others);
    }

    private Suggestions suggestions(FinderRequest request) {
        List<Result> nearest = results(solr.query(FinderQueries.nearest(request, limits.suggestions())),
                request.origin(), request.lang());
        List<Result> online = results(solr.query(FinderQueries.everywhere(request, limits.suggestions())),
                request.origin(), request.lang());
        return new Suggestions(nearest, online);
    }

    private static long localHits(QueryResponse response) {
        Integer count = response.getFacetQuery() == null ? null : response.getFacetQuery().get(FinderQueries.LOCAL_KEY);
        return count == null ? 0 : count;
    }

    private List<Result> results(QueryResponse response, Origin origin, String lang) {
        return response.getResults().stream().map(this::centre).map(c -> renderer.result(c, origin, lang)).toList();
    }

    private AdviceCentre centre(SolrDocument document) {
        return AdviceCentreDocuments.fromJson((String) document.getFirstValue(SolrFields.DOC_JSON));
    }

    private Map<String, List<FacetValue>> facets(QueryResponse response, String lang) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String field : List.of(SolrFields.TYPE, SolrFields.TOPIC, SolrFields.ONLINE, SolrFields.LANGUAGE)) {
            FacetField facet = response.getFacetField(field);
            String name = FACETS.get(field);
            facets.put(name, facet == null || facet.getValues() == null ? List.of() : facet.getValues().stream()
                    .map(count -> new FacetValue(count.getName(), facetLabel(name, count.getName(), lang), count.getCount()))
                    .toList());
        }
        return facets;
    }

    private String facetLabel(String facet, String value, String lang) {
        return switch (facet) {
            case "type", "topic" -> renderer.label(facet, value, lang);
            default -> null;
        };
    }

    /** Keeps Solr specifics (and the parameters, which hold what citizens typed) out of this class. */
    interface FinderSolr {
        QueryResponse query(SolrParams params);
    }
}
