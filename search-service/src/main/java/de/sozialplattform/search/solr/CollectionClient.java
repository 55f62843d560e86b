package de.sozialplattform.search.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.util.NamedList;

/**
 * Sends requests without a collection argument to one core or collection, through a shared client. A rebuild
 * thus needs no HTTP client or ZooKeeper connection of its own; closing this leaves the shared client open.
 */
final class CollectionClient extends SolrClient {

    private static final long serialVersionUID = 1L;

    private final transient SolrClient shared;

    CollectionClient(SolrClient shared, String collection) {
        this.shared = shared;
        this.defaultCollection = collection;
    }

    @Override
    public NamedList<Object> request(SolrRequest<?> request, String collection)
            throws SolrServerException, IOException {
        return shared.request(request, collection == null ? defaultCollection : collection);
    }

    @Override
    public void close() {
        // the shared client belongs to the index
    }
}
