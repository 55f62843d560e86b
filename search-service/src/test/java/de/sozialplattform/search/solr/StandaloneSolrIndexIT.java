package de.sozialplattform.search.solr;

import static de.sozialplattform.search.solr.SolrFixtures.ids;
import static de.sozialplattform.search.solr.SolrFixtures.indexAndCommit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP mode against a real Solr node (Jetty) with the configset installed in its configsets/ directory. */
class StandaloneSolrIndexIT {

    @TempDir
    static Path dir;

    static JettySolrRunner node;
    static SearchIndex index;

    @BeforeAll
    static void start() throws Exception {
        node = SolrFixtures.startNode(dir.resolve("solr-home"));
        index = SolrFixtures.http(node);
    }

    @AfterAll
    static void stop() throws Exception {
        if (index != null) {
            index.close();
        }
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void createsTheLiveCoreAndSearchesWithTheConfigset() throws Exception {
        assertThat(index.ready()).isTrue();
        indexAndCommit(index.client(), List.of(
                doc("gambling", "Beratung bei Spielsucht"), doc("rent", "Hilfe bei Mietschulden")));

        assertThat(ids(index.client().query(new SolrQuery("Glücksspiel").setFields("id")))).containsExactly("gambling");
        assertThat(ids(index.client().query(new SolrQuery("Miete nicht zahlen").setFields("id").set("q.op", "AND"))))
                .containsExactly("rent");
    }

    @Test
    void rebuildSwitchesOverAndDropsTheOldCore() throws Exception {
        indexAndCommit(index.client(), List.of(doc("before", "Beratung")));
        try (Rebuild aborted = index.startRebuild()) {
            aborted.client().add(doc("discarded", "Beratung"));
        }
        assertThat(coreNames()).containsExactly(SolrFixtures.LIVE);

        try (ContinuousReader reader = ContinuousReader.start(index.client())) {
            try (Rebuild rebuild = index.startRebuild()) {
                rebuild.client().add(List.of(doc("after-1", "Beratung"), doc("after-2", "Beratung")));
                rebuild.switchOver();
            }
            reader.awaitQueries(10);
            assertThat(reader.failures()).isEmpty();
            assertThat(reader.fewestHits()).isPositive();
        }
        assertThat(ids(index.client().query(new SolrQuery().setFields("id").setSort("id", SolrQuery.ORDER.asc))))
                .containsExactly("after-1", "after-2");
        assertThat(coreNames()).containsExactly(SolrFixtures.LIVE);
    }

    private static List<String> coreNames() throws Exception {
        try (HttpJdkSolrClient admin = new HttpJdkSolrClient.Builder(node.getBaseUrl().toString())
                .useHttp1_1(true).build()) {
            List<String> names = new ArrayList<>();
            CoreAdminRequest.getStatus(null, admin).getCoreStatus().forEach(core -> names.add(core.getKey()));
            return names;
        }
    }

    private static SolrInputDocument doc(String id, String text) {
        return SolrTestDocuments.centre(id, "Beratungsstelle " + id, text)
                .at(SolrTestDocuments.CITIES.get(0)).build();
    }
}
