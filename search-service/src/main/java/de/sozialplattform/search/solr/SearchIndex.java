package de.sozialplattform.search.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;

/**
 * The advice-centre index in whichever Solr mode is configured (embedded core, one node over HTTP, SolrCloud):
 * the live index under its stable name, and rebuilds into a fresh core or collection that replace it at once.
 */
public interface SearchIndex extends AutoCloseable {

    /** Queries and updates of the live index; requests need no core or collection argument. Do not close it. */
    SolrClient client();

    /** Creates a fresh, empty core or collection next to the live one; searches keep using the live one. */
    Rebuild startRebuild() throws IOException, SolrServerException;

    /** True once the live index exists and answers queries. */
    boolean ready();

    /**
     * Releases clients, or shuts the embedded Solr down; the index itself stays. The Spring bean is closed with
     * the application context. Does nothing by default, so test doubles need not implement it.
     */
    @Override
    default void close() {
    }
}
