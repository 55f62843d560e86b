package de.sozialplattform.search.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SolrCloud: searches address the alias (the live name); behind it is a collection {@code <live>_<timestamp>}.
 * A rebuild fills a new collection and re-points the alias, which is atomic for searches, then deletes the old
 * collection. The configset is uploaded under {@code <configsetName>-<content hash>}: a release with a changed
 * configset uploads a new one, used by the next collection (that is, after the next reindex), while the live
 * collection keeps the configset its index was built with.
 */
final class CloudSearchIndex extends RemoteSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(CloudSearchIndex.class);

    /**
     * Other application replicas learn of a re-pointed alias through their ZooKeeper watch, within milliseconds; a
     * search they started just before should not find its collection deleted underneath.
     */
    private static final Duration ALIAS_GRACE = Duration.ofSeconds(1);

    private final String alias;
    private final Configset configset;
    private final String configName;
    /** Default collection = the alias; rebuilds and admin requests name their target. */
    private final CloudHttp2SolrClient cloud;
    private final CloudAdmin admin;

    private CloudSearchIndex(SolrProperties properties, Configset configset) {
        this.alias = properties.collection();
        this.configset = configset;
        this.configName = properties.configsetName() + "-" + configset.version();
        this.cloud = CloudAdmin.connect(properties);
        this.admin = new CloudAdmin(cloud, properties);
    }

    static CloudSearchIndex start(SolrProperties properties, Configset configset) {
        CloudSearchIndex index = new CloudSearchIndex(properties, configset);
        index.tryToCreateLive("ZooKeeper " + properties.zkHosts());
        return index;
    }

    @Override
    public SolrClient client() {
        return cloud;
    }

    @Override
    void createLiveIfMissing() throws IOException, SolrServerException {
        admin.uploadConfigsetIfMissing(configName, configset);
        List<String> collections = admin.collections();
        String target = admin.aliasTarget(alias);
        if (target != null && collections.containsAll(Arrays.asList(target.split(",")))) {
            return;
        }
        if (target == null && collections.contains(alias)) {
            throw new IllegalStateException("SolrCloud has a collection named " + alias + "; the application keeps "
                    + "its collections behind an alias of that name. Delete or rename that collection, or set "
                    + "sozial.solr.collection to another name");
        }
        String collection = IndexNames.collection(alias);
        admin.createCollection(collection, configName);
        admin.pointAlias(alias, collection);
        log.info("Created the SolrCloud collection {} behind the alias {}", collection, alias);
    }

    @Override
    Rebuild newRebuild() throws IOException, SolrServerException {
        String collection = IndexNames.collection(alias);
        admin.uploadConfigsetIfMissing(configName, configset);
        try {
            admin.createCollection(collection, configName);
        } catch (IOException | SolrServerException | RuntimeException e) {
            new CloudRebuild(collection).close(); // a half-created collection would stay forever
            throw e;
        }
        return new CloudRebuild(collection);
    }

    @Override
    public void close() {
        SearchIndexes.closeQuietly(cloud);
    }

    private static void pauseForOtherClients() {
        try {
            Thread.sleep(ALIAS_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A fresh collection with the current configset. */
    private final class CloudRebuild implements Rebuild {

        private final String name;
        private final CollectionClient rebuildClient;
        private boolean switched;

        CloudRebuild(String name) {
            this.name = name;
            this.rebuildClient = new CollectionClient(cloud, name);
        }

        @Override
        public SolrClient client() {
            return rebuildClient;
        }

        @Override
        public void switchOver() throws IOException, SolrServerException {
            rebuildClient.commit();
            String old = admin.aliasTarget(alias);
            admin.pointAlias(alias, name);
            switched = true;
            log.info("Switched the alias {} to the collection {}", alias, name);
            if (old == null) {
                return;
            }
            pauseForOtherClients();
            for (String collection : old.split(",")) {
                if (!collection.equals(name)) {
                    admin.deleteCollection(collection);
                }
            }
        }

        @Override
        public void close() {
            if (switched) {
                return;
            }
            try {
                admin.deleteCollection(name);
            } catch (IOException | SolrServerException | RuntimeException e) {
                log.warn("Could not delete the abandoned rebuild collection {}: {}", name, e.toString());
            }
        }
    }
}
