package de.sozialplattform.search.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Real Solr for tests, in each of the three modes, with the advice-centre configset. Shared through the
 * search-service test-jar: tests of other modules call e.g. {@code SolrFixtures.embedded(tempDir)}.
 *
 * <p>Everything returned must be closed (or stopped / shut down) by the caller, typically in {@code @AfterAll}.
 */
public final class SolrFixtures {

    /** The live name all fixtures use: the default of {@code sozial.solr.collection}. */
    public static final String LIVE = "advice-centres";

    private static final String CONFIGSET = "advice-centres";

    private SolrFixtures() {
    }

    /** An embedded index (CoreContainer) with its solr home in {@code dataDir}; ~2–3 s. */
    public static SearchIndex embedded(Path dataDir) {
        return SearchIndexes.create(SolrProperties.embedded(dataDir));
    }

    /**
     * A real Solr node over HTTP on a free port, context {@code /solr}, solr home {@code solrHome} with the
     * configset installed (as an operator would); ~3 s. Stop it with {@link JettySolrRunner#stop()}.
     */
    public static JettySolrRunner startNode(Path solrHome) throws Exception {
        Files.createDirectories(solrHome);
        Files.writeString(solrHome.resolve("solr.xml"), "<solr/>\n");
        SearchIndexes.installConfigset(solrHome, CONFIGSET);
        JettySolrRunner node = new JettySolrRunner(solrHome.toString(),
                JettyConfig.builder().setContext("/solr").setPort(0).stopAtShutdown(true).build());
        node.start();
        return node;
    }

    /** The index in HTTP mode against {@code node}; creates the live core on first use. */
    public static SearchIndex http(JettySolrRunner node) {
        return SearchIndexes.create(SolrProperties.http(node.getBaseUrl().toString()));
    }

    /** A SolrCloud cluster (embedded ZooKeeper and {@code nodes} Solr nodes) under {@code baseDir}; ~5 s. */
    public static MiniSolrCloudCluster startCloud(Path baseDir, int nodes) throws Exception {
        return new MiniSolrCloudCluster.Builder(nodes, baseDir).build();
    }

    /** The index in SolrCloud mode: uploads the configset, creates a collection and the alias {@link #LIVE}. */
    public static SearchIndex cloud(MiniSolrCloudCluster cluster, int shards, int replicas) {
        return SearchIndexes.create(SolrProperties.cloud(cluster.getZkServer().getZkAddress(), shards, replicas));
    }

    /** Adds the documents and commits, so they are visible when this returns. */
    public static void indexAndCommit(SolrClient client, Collection<SolrInputDocument> docs)
            throws IOException, SolrServerException {
        client.add(docs);
        client.commit();
    }

    /** The ids of the returned documents, in order (the query must request {@code fl=id}). */
    public static List<String> ids(QueryResponse response) {
        List<String> ids = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            ids.add((String) doc.getFirstValue("id"));
        }
        return ids;
    }
}
