package de.sozialplattform.search.solr;

import static de.sozialplattform.search.solr.SolrFixtures.ids;
import static de.sozialplattform.search.solr.SolrFixtures.indexAndCommit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real two-node SolrCloud (two shards, exact distributed statistics) answers exactly like the embedded core:
 * same hits in the same order, same facet counts. Also the alias switch-over of a cloud rebuild.
 */
class SolrCloudEqualityIT {

    private static final List<SolrInputDocument> DOCS = SolrTestDocuments.generated(200);
    private static final String DUESSELDORF = "51.2217,6.7762";

    @TempDir
    static Path dir;

    static MiniSolrCloudCluster cluster;
    static SearchIndex cloud;
    static SearchIndex embedded;

    @BeforeAll
    static void start() throws Exception {
        cluster = SolrFixtures.startCloud(dir.resolve("cloud"), 2);
        cloud = SolrFixtures.cloud(cluster, 2, 1);
        embedded = SolrFixtures.embedded(dir.resolve("embedded"));
        indexAndCommit(cloud.client(), DOCS);
        indexAndCommit(embedded.client(), DOCS);
    }

    @AfterAll
    static void stop() throws Exception {
        Stream.of(cloud, embedded).filter(index -> index != null).forEach(SearchIndex::close);
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("synonyms", query("Glücksspiel")),
                Arguments.of("multi-word synonym", query("Miete nicht zahlen")),
                Arguments.of("common words, many ties", query("Beratung Hilfe Termine").setRows(120)),
                Arguments.of("second page", query("Beratung Sprechstunde").setStart(20).setRows(20)),
                Arguments.of("names and places", query("Suchtberatung Köln")),
                Arguments.of("filters and tagged facets", facets(query("Beratung")
                        .addFilterQuery("{!tag=type}type:(suchtberatung OR schuldnerberatung)")
                        .addFilterQuery("{!tag=language}language:tr"))),
                Arguments.of("facets without text", facets(new SolrQuery()
                        .addFilterQuery("{!tag=online}online:true").setRows(100)
                        .setSort("score", SolrQuery.ORDER.desc).addSort("id", SolrQuery.ORDER.asc))),
                Arguments.of("radius and distance", geo(new SolrQuery().addFilterQuery("{!geofilt}"))),
                Arguments.of("radius or nationwide", geo(query("Beratung")
                        .addFilterQuery("nationwide:true OR {!geofilt}"))),
                Arguments.of("name sort", new SolrQuery().setRows(200).setFields("id")
                        .setSort("name_sort", SolrQuery.ORDER.asc).addSort("id", SolrQuery.ORDER.asc)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void cloudAnswersExactlyLikeTheEmbeddedCore(String name, SolrQuery query) throws Exception {
        QueryResponse single = embedded.client().query(query);
        QueryResponse distributed = cloud.client().query(query);

        assertThat(single.getResults().getNumFound()).as("hits").isPositive();
        assertThat(distributed.getResults().getNumFound()).as("hits").isEqualTo(single.getResults().getNumFound());
        assertThat(ids(distributed)).as("order").isEqualTo(ids(single));
        assertThat(facetCounts(distributed)).as("facets").isEqualTo(facetCounts(single));
        if (query.getQuery() != null) {
            assertThat(scores(distributed)).as("scores (exact statistics)").isEqualTo(scores(single));
        }
    }

    @Test
    void rebuildSwitchesTheAliasAndDeletesTheOldCollection() throws Exception {
        List<String> before = CollectionAdminRequest.listCollections(cloud.client());
        assertThat(before).hasSize(1);
        try (Rebuild aborted = cloud.startRebuild()) {
            aborted.client().add(DOCS.get(0));
        }
        assertThat(CollectionAdminRequest.listCollections(cloud.client())).isEqualTo(before);

        try (ContinuousReader reader = ContinuousReader.start(cloud.client())) {
            try (Rebuild rebuild = cloud.startRebuild()) {
                rebuild.client().add(DOCS); // the same documents: the equality test still holds afterwards
                rebuild.switchOver();
            }
            reader.awaitQueries(10);
            assertThat(reader.failures()).isEmpty();
            assertThat(reader.fewestHits()).isEqualTo(DOCS.size());
        }
        List<String> after = CollectionAdminRequest.listCollections(cloud.client());
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(after.get(0)).startsWith(SolrFixtures.LIVE + "_");
        assertThat(cloud.ready()).isTrue();
    }

    private static SolrQuery query(String text) {
        return new SolrQuery(text).setFields("id", "score").setRows(50)
                .setSort("score", SolrQuery.ORDER.desc).addSort("id", SolrQuery.ORDER.asc);
    }

    private static SolrQuery facets(SolrQuery query) {
        query.setFacet(true).setFacetMinCount(1).setFacetLimit(-1);
        query.addFacetField("{!ex=type}type", "topic", "{!ex=online}online", "{!ex=language}language");
        return query;
    }

    private static SolrQuery geo(SolrQuery query) {
        query.set("sfield", "location");
        query.set("pt", DUESSELDORF);
        query.set("d", 30);
        query.setFields("id").setRows(100);
        query.setSort("geodist()", SolrQuery.ORDER.asc).addSort("id", SolrQuery.ORDER.asc);
        return query;
    }

    private static List<String> facetCounts(QueryResponse response) {
        List<String> counts = new ArrayList<>();
        if (response.getFacetFields() != null) {
            for (FacetField field : response.getFacetFields()) {
                field.getValues().forEach(count -> counts.add(field.getName() + ":" + count.getName() + "="
                        + count.getCount()));
            }
        }
        return counts;
    }

    private static List<Object> scores(QueryResponse response) {
        return response.getResults().stream().map(doc -> doc.getFieldValue("score")).toList();
    }
}
