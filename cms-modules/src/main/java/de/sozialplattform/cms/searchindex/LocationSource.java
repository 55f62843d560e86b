package de.sozialplattform.cms.searchindex;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrServerException;
import tools.jackson.databind.JsonNode;

/**
 * Where the indexer reads published locations in the Delivery API's JSON: this CMS ({@link LocalLocations}) or a
 * remote Delivery API ({@link RemoteLocations}). A location comes as its renderings by language.
 */
interface LocationSource {

    /** The languages a location is read in; German is the default, English has its own search field. */
    List<String> LANGUAGES = List.of("de", "en");
    String ENDPOINT = "locations";
    int PAGE_SIZE = 100;

    /** {@code local}, or the remote base URL. */
    String name();

    /** Every published location, a page at a time. */
    void forEachPage(PageHandler handler) throws IOException, InterruptedException, SolrServerException;

    @FunctionalInterface
    interface PageHandler {

        void accept(List<Map<String, JsonNode>> locations) throws IOException, SolrServerException;
    }
}
