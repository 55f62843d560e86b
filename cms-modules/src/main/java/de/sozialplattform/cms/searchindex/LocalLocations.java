package de.sozialplattform.cms.searchindex;

import de.sozialplattform.cms.delivery.DeliveryDocuments;
import de.sozialplattform.search.centres.AdviceCentreMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrServerException;
import tools.jackson.databind.JsonNode;

/** Published locations of this CMS, read through the Delivery API's renderer in this process. */
class LocalLocations implements LocationSource {

    private static final String LOCATION = "location";

    private final DeliveryDocuments delivery;

    LocalLocations(DeliveryDocuments delivery) {
        this.delivery = delivery;
    }

    @Override
    public String name() {
        return "local";
    }

    /** The published location in every language; empty when it is not published (or no longer a location). */
    Optional<Map<String, JsonNode>> byId(String id) {
        Optional<JsonNode> german = delivery.node(ENDPOINT, id, AdviceCentreMapper.DEFAULT_LANGUAGE)
                .filter(node -> LOCATION.equals(node.path("@nodeType").asString("")));
        return german.map(node -> renderings(id, node));
    }

    /** Ids of the published locations whose {@code property} references the node, e.g. their organisation. */
    List<String> idsReferencing(String property, String nodeId) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            DeliveryDocuments.Page page = delivery.page(ENDPOINT, AdviceCentreMapper.DEFAULT_LANGUAGE,
                    Map.of(property, nodeId), after, PAGE_SIZE);
            page.results().forEach(node -> ids.add(node.path("@id").asString()));
            after = page.next();
        } while (after != null);
        return ids;
    }

    @Override
    public void forEachPage(PageHandler handler) throws IOException, SolrServerException {
        String after = null;
        do {
            DeliveryDocuments.Page page = delivery.page(ENDPOINT, AdviceCentreMapper.DEFAULT_LANGUAGE, Map.of(), after,
                    PAGE_SIZE);
            List<Map<String, JsonNode>> locations = new ArrayList<>();
            for (JsonNode german : page.results()) {
                locations.add(renderings(german.path("@id").asString(), german));
            }
            handler.accept(locations);
            after = page.next();
        } while (after != null);
    }

    private Map<String, JsonNode> renderings(String id, JsonNode german) {
        Map<String, JsonNode> byLanguage = new LinkedHashMap<>();
        byLanguage.put(AdviceCentreMapper.DEFAULT_LANGUAGE, german);
        for (String lang : LANGUAGES) {
            if (!byLanguage.containsKey(lang)) {
                delivery.node(ENDPOINT, id, lang).ifPresent(node -> byLanguage.put(lang, node));
            }
        }
        return byLanguage;
    }
}
