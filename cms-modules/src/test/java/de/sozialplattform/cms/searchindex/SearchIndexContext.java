package de.sozialplattform.cms.searchindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.search.centres.AdviceCentre;
import de.sozialplattform.search.centres.AdviceCentreDocuments;
import de.sozialplattform.search.centres.SolrFields;
import de.sozialplattform.search.solr.SearchIndex;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The context of the search-index tests, shared by all of them: an H2 database of its own, because the module's
 * other H2 contexts share theirs, and the outbox worker of each would take index events into its own embedded Solr;
 * no seed content, so the advice-centre workspace holds only what the tests publish. Each test writes its
 * locations into its own folder below {@code /standorte} and its organisations below {@code /traeger}.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:search-index-test;DB_CLOSE_DELAY=-1",
                "sozial.seed.enabled=false"})
abstract class SearchIndexContext {

    static final String NODES = "/.rest/nodes/v1/adviceCentres";
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcClient jdbc;

    ApiClient editor;
    ApiClient admin;
    String folder;

    @BeforeEach
    void folders() {
        editor = ApiClient.as(port, "editor", "editor");
        admin = ApiClient.as(port, "admin", "admin");
        for (String top : new String[] {"standorte", "traeger"}) {
            if (editor.get(NODES + "/" + top).status() == 404) {
                assertThat(editor.put(NODES, "{\"name\":\"" + top + "\",\"type\":\"mgnl:folder\"}").status()).isEqualTo(201);
            }
        }
        folder = "t-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(editor.put(NODES + "/standorte", "{\"name\":\"" + folder + "\",\"type\":\"mgnl:folder\"}").status())
                .isEqualTo(201);
    }

    /** A published organisation. */
    Organisation organisation(String name) {
        String node = "o-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response created = editor.put(NODES + "/traeger", """
                {"name":"%s","type":"organisation","properties":{"name":"%s","website":"https://example.org/%s"}}"""
                .formatted(node, name, node));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        publish("/traeger/" + node);
        return new Organisation(created.json().get("identifier").asString(), "/traeger/" + node);
    }

    record Organisation(String id, String path) {
    }

    /** An unpublished location in the test's folder, without coordinates unless given; returns its id. */
    String location(String name, String organisationId, String extraProperties) {
        ApiClient.Response created = editor.put(NODES + "/standorte/" + folder, """
                {"name":"%s","type":"location","properties":{"name":"%s","organisation":"%s",
                 "types":["suchtberatung"],"topics":["alkohol"],"street":"Kölner Straße 180","postalCode":"40227",
                 "city":"Düsseldorf"%s}}"""
                .formatted(name, name, organisationId, extraProperties));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("identifier").asString();
    }

    String at(String name) {
        return "/standorte/" + folder + "/" + name;
    }

    void publish(String path) {
        ApiClient.Response published = editor.post(NODES + path + "@publish", editor.get(NODES + path).etag(), "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
    }

    void unpublish(String path) {
        ApiClient.Response unpublished = editor.post(NODES + path + "@unpublish", editor.get(NODES + path).etag(), "");
        assertThat(unpublished.status()).as(unpublished.toString()).isEqualTo(200);
    }

    void update(String path, String properties) {
        ApiClient.Response updated = editor.post(NODES + path, editor.get(NODES + path).etag(),
                "{\"properties\":" + properties + "}");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    }

    /** The document as searches see it now. */
    Optional<SolrDocument> indexed(String id) {
        try {
            var results = index.client().query(query("*:*").addFilterQuery("{!term f=" + SolrFields.ID + "}" + id))
                    .getResults();
            return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    SolrDocument awaitIndexed(String id, Predicate<SolrDocument> condition) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(() -> indexed(id).filter(condition).isPresent());
        return indexed(id).orElseThrow();
    }

    void awaitAbsent(String id) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> indexed(id).isEmpty());
    }

    /** Ids of everything in the live index. */
    Set<String> indexedIds() throws Exception {
        Set<String> ids = new HashSet<>();
        SolrQuery all = query("*:*").setFields(SolrFields.ID).setRows(100_000);
        index.client().query(all).getResults().forEach(doc -> ids.add((String) doc.getFieldValue(SolrFields.ID)));
        return ids;
    }

    /** Waits until the indexer has handled every event recorded so far (and changes are visible). */
    void awaitIndexerIdle() {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM outbox_event WHERE consumer = :consumer AND status = 'PENDING'")
                .param("consumer", SearchIndexer.NAME).query(Long.class).single() == 0);
        try {
            index.client().commit(); // commitWithin would get there within a second; the test need not wait
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A query in Solr's own syntax (the handler's default, edismax, is for user text). */
    static SolrQuery query(String q) {
        SolrQuery query = new SolrQuery(q);
        query.set("defType", "lucene");
        return query;
    }

    /** The internal document the search API renders from. */
    static AdviceCentre centre(SolrDocument doc) {
        return AdviceCentreDocuments.fromJson((String) doc.getFirstValue(SolrFields.DOC_JSON));
    }
}
