package de.sozialplattform.search.solr;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Solr node over HTTP (user-managed, no ZooKeeper). The node must have the configset in its
 * {@code configsets/<configsetName>/conf} directory ({@link SearchIndexes#installConfigset}); the application
 * creates the live core from it through the CoreAdmin API and rebuilds by CREATE, SWAP and UNLOAD.
 */
final class HttpSearchIndex extends RemoteSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(HttpSearchIndex.class);

    private final String liveName;
    private final String configsetName;
    /** Admin requests and rebuilds: no default core. */
    private final HttpJdkSolrClient node;
    private final HttpJdkSolrClient liveClient;

    private HttpSearchIndex(SolrProperties properties) {
        this.liveName = properties.collection();
        this.configsetName = properties.configsetName();
        this.node = builder(properties).build();
        this.liveClient = builder(properties).withDefaultCollection(liveName).build();
    }

    static HttpSearchIndex start(SolrProperties properties) {
        HttpSearchIndex index = new HttpSearchIndex(properties);
        index.tryToCreateLive(SearchIndexes.withoutUserInfo(properties.url()));
        return index;
    }

    private static HttpJdkSolrClient.Builder builder(SolrProperties properties) {
        // HTTP/1.1: the JDK client would otherwise try an h2c upgrade that Solr's Jetty logs as an error
        return new HttpJdkSolrClient.Builder(properties.url())
                .useHttp1_1(true)
                .withConnectionTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withRequestTimeout(properties.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public SolrClient client() {
        return liveClient;
    }

    @Override
    void createLiveIfMissing() throws IOException, SolrServerException {
        if (!exists(liveName)) {
            log.info("Creating the Solr core {} from configset {}", liveName, configsetName);
            createCore(liveName);
        }
    }

    @Override
    Rebuild newRebuild() throws IOException, SolrServerException {
        String name = IndexNames.rebuildCore(liveName);
        createCore(name);
        return new HttpRebuild(name);
    }

    @Override
    public void close() {
        SearchIndexes.closeQuietly(liveClient);
        SearchIndexes.closeQuietly(node);
    }

    private boolean exists(String core) throws IOException, SolrServerException {
        var status = CoreAdminRequest.getStatus(core, node).getCoreStatus(core);
        return status != null && status.size() > 0;
    }

    private void createCore(String name) throws IOException, SolrServerException {
        CoreAdminRequest.Create create = new CoreAdminRequest.Create();
        create.setCoreName(name);
        create.setInstanceDir(name);
        create.setConfigSet(configsetName);
        create.process(node);
    }

    private void dropCore(String name) throws IOException, SolrServerException {
        CoreAdminRequest.unloadCore(name, true, true, node);
    }

    /** A fresh core on the same node. */
    private final class HttpRebuild implements Rebuild {

        private final String name;
        private final CollectionClient rebuildClient;
        private boolean switched;

        HttpRebuild(String name) {
            this.name = name;
            this.rebuildClient = new CollectionClient(node, name);
        }

        @Override
        public SolrClient client() {
            return rebuildClient;
        }

        @Override
        public void switchOver() throws IOException, SolrServerException {
            rebuildClient.commit();
            CoreAdminRequest.swapCore(liveName, name, node);
            switched = true;
            log.info("Switched the Solr core {} to the rebuilt index", liveName);
            dropCore(name); // after the swap this name belongs to the old index
        }

        @Override
        public void close() {
            if (switched) {
                return;
            }
            try {
                dropCore(name);
            } catch (IOException | SolrServerException | RuntimeException e) {
                log.warn("Could not drop the abandoned rebuild core {}: {}", name, e.toString());
            }
        }
    }
}
