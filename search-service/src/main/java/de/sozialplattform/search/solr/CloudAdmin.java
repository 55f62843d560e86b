package de.sozialplattform.search.solr;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.zookeeper.KeeperException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SolrCloud Collections and Configsets API calls the cloud mode needs, through the application's client. */
final class CloudAdmin {

    private static final Logger log = LoggerFactory.getLogger(CloudAdmin.class);

    private final CloudHttp2SolrClient cloud;
    private final SolrProperties properties;

    CloudAdmin(CloudHttp2SolrClient cloud, SolrProperties properties) {
        this.cloud = cloud;
        this.properties = properties;
    }

    /** A client for {@code zkHosts} such as {@code zk1:2181,zk2:2181/solr}; default collection = the live alias. */
    static CloudHttp2SolrClient connect(SolrProperties properties) {
        String connect = properties.zkHosts();
        int slash = connect.indexOf('/');
        List<String> hosts = Arrays.asList((slash < 0 ? connect : connect.substring(0, slash)).split(","));
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(connect.substring(slash));
        int connectMillis = (int) properties.connectTimeout().toMillis();
        return new CloudHttp2SolrClient.Builder(hosts, chroot)
                .withDefaultCollection(properties.collection())
                .withZkConnectTimeout(connectMillis, TimeUnit.MILLISECONDS)
                .withZkClientTimeout((int) Math.max(properties.requestTimeout().toMillis(), 10_000),
                        TimeUnit.MILLISECONDS)
                .withHttpClientBuilder(new Http2SolrClient.Builder()
                        .withConnectionTimeout(connectMillis, TimeUnit.MILLISECONDS)
                        .withRequestTimeout(properties.requestTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .build();
    }

    void uploadConfigsetIfMissing(String name, Configset configset) throws IOException, SolrServerException {
        if (new ConfigSetAdminRequest.List().process(cloud).getConfigSets().contains(name)) {
            return;
        }
        log.info("Uploading the Solr configset {}", name);
        new ConfigSetAdminRequest.Upload()
                .setConfigSetName(name)
                .setUploadStream(new ContentStreamBase.ByteArrayStream(configset.zip(), name + ".zip",
                        "application/zip"))
                .process(cloud);
    }

    List<String> collections() throws IOException, SolrServerException {
        return CollectionAdminRequest.listCollections(cloud);
    }

    /** Creates the collection with the configured shards and replicas and waits until all replicas are active. */
    void createCollection(String name, String configName) throws IOException, SolrServerException {
        CollectionAdminRequest.createCollection(name, configName, properties.shards(), properties.replicas())
                .process(cloud);
        awaitActive(name);
    }

    void deleteCollection(String name) throws IOException, SolrServerException {
        CollectionAdminRequest.deleteCollection(name).process(cloud);
    }

    /** The collection(s) the alias points to (comma-separated), or null; asked of Solr, not of a client cache. */
    String aliasTarget(String alias) throws IOException, SolrServerException {
        return new CollectionAdminRequest.ListAliases().process(cloud).getAliases().get(alias);
    }

    /** Creates or re-points the alias; one atomic change in ZooKeeper. */
    void pointAlias(String alias, String collection) throws IOException, SolrServerException {
        CollectionAdminRequest.createAlias(alias, collection).process(cloud);
        refreshAliases();
    }

    /** All replicas active before anyone writes to the collection or points the alias at it. */
    private void awaitActive(String collection) throws IOException {
        int shards = properties.shards();
        int replicas = properties.replicas();
        try {
            ZkStateReader.from(cloud).waitForState(collection, properties.requestTimeout().toMillis(),
                    TimeUnit.MILLISECONDS, (liveNodes, state) -> state != null
                            && state.getActiveSlices().size() == shards
                            && state.getActiveSlices().stream().allMatch(slice -> slice.getReplicas().size() == replicas
                                    && slice.getReplicas().stream().allMatch(replica -> replica.isActive(liveNodes))));
        } catch (TimeoutException e) {
            throw new IOException("the SolrCloud collection " + collection + " did not become active", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the SolrCloud collection " + collection, e);
        }
    }

    /** Makes this client route by the new alias at once instead of when its ZooKeeper watch fires. */
    private void refreshAliases() {
        try {
            ZkStateReader.from(cloud).getAliasesManager().update();
        } catch (KeeperException e) {
            log.debug("Alias refresh failed; the ZooKeeper watch will catch up: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
