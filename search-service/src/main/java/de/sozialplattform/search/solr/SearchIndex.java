package de.sozialplattform.search.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;

/**
 * The advice-centre index in whichever Solr mode is configured (embedded core, one node over HTTP, SolrCloud):
 * the live index under its stable name, and rebuilds into a fresh core or collection that replace it at once.
 */
public interface SearchIndex {

    /** Queries and updates of the live index; requests need no core or collection argument. */
    SolrClient client();

    /** Creates a fresh, empty core or collection next to the live one; searches keep using the live one. */
    Rebuild startRebuild() throws IOException, SolrServerException;

    /** True once the live index exists and answers queries. */
    boolean ready();
}
