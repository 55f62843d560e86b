package de.sozialplattform.search.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An index in a Solr the application does not run (HTTP node, SolrCloud). That Solr may start later than the
 * application or be down for a while: then the application still starts, {@link #ready()} is false (readiness
 * keeps traffic away) and the live core or collection is created as soon as Solr answers. Settings that can never
 * work (a collection in the way of the alias) fail at once instead.
 */
abstract class RemoteSearchIndex implements SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(RemoteSearchIndex.class);

    private volatile boolean live;

    /** Creates the live core, or collection and alias, unless it exists. Must be idempotent. */
    abstract void createLiveIfMissing() throws IOException, SolrServerException;

    /** First attempt, at start; a Solr that does not answer yet is reported and retried by {@link #ready()}. */
    final void tryToCreateLive(String where) {
        try {
            ensureLive();
        } catch (IOException | SolrServerException | SolrException e) {
            log.warn("Solr at {} is not usable yet, search stays unready until it is: {}", where, e.toString());
        }
    }

    final synchronized void ensureLive() throws IOException, SolrServerException {
        if (!live) {
            createLiveIfMissing();
            live = true;
        }
    }

    @Override
    public final boolean ready() {
        if (!live) {
            try {
                ensureLive();
            } catch (IOException | SolrServerException | SolrException e) {
                log.debug("Solr not ready: {}", e.toString());
                return false;
            }
        }
        return SearchIndexes.answers(client());
    }

    @Override
    public final Rebuild startRebuild() throws IOException, SolrServerException {
        ensureLive();
        return newRebuild();
    }

    abstract Rebuild newRebuild() throws IOException, SolrServerException;
}
