package de.sozialplattform.cms.searchindex;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.search.centres.SolrFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Rebuilding the index while editors keep publishing: the result is exactly the published set, never empty. */
class SearchReindexIT extends SearchIndexContext {

    private static final String REINDEX = "/api/v1/admin/reindex";

    @Autowired
    SearchReindex reindex;

    @Autowired
    LocalLocations locations;

    @Autowired
    CentreUpdates updates;

    @Test
    void aReindexDuringPublishingEndsWithExactlyThePublishedSetAndSearchesNeverSeeNothing() throws Exception {
        Organisation organisation = organisation("Landesstelle Reindex");
        seed(organisation, 0, 60);
        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger empty = new AtomicInteger();
        CompletableFuture<Void> searcher = CompletableFuture.runAsync(() -> {
            while (searching.get()) {
                searches.incrementAndGet();
                if (hitsOf(organisation) == 0) {
                    empty.incrementAndGet();
                }
                pause();
            }
        });
        CompletableFuture<Void> editors = CompletableFuture.runAsync(() -> {
            for (int i = 60; i < 85; i++) {
                location("l" + i, organisation.id(), "");
                publish(at("l" + i));
            }
            for (int i = 0; i < 8; i++) {
                unpublish(at("l" + i));
            }
        });

        ReindexResult result = reindex.reindex();
        editors.join();
        awaitIndexerIdle();
        searching.set(false);
        searcher.join();

        assertThat(result.source()).isEqualTo("local");
        assertThat(result.indexed()).isGreaterThanOrEqualTo(52);
        assertThat(empty.get()).as("searches during the rebuild (%d) that found nothing", searches.get()).isZero();
        assertThat(hitsOf(organisation)).isEqualTo(60 + 25 - 8);
        assertThat(indexedIds()).as("no location missing, none stale").isEqualTo(published());
    }

    @Test
    void theAdminApiIsForAdministratorsOnly() {
        assertThat(ApiClient.anonymous(port).post(REINDEX, null, "").status()).isEqualTo(401);
        ApiClient.Response refused = editor.post(REINDEX, null, "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");

        ApiClient.Response done = admin.post(REINDEX, null, "");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        JsonNode body = done.json();
        assertThat(body.get("indexed").asInt()).isNotNegative();
        assertThat(body.get("replayed").asInt()).isNotNegative();
        assertThat(body.get("durationMs").asLong()).isNotNegative();
        assertThat(body.get("source").asString()).isEqualTo("local");
    }

    @Test
    void aSecondReindexWhileOneRunsIsAConflict() {
        seed(organisation("Landesstelle Konflikt"), 0, 60);
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 10 && !statuses.contains(409); round++) {
            CompletableFuture<ApiClient.Response> first = CompletableFuture.supplyAsync(() -> admin.post(REINDEX, null, ""));
            while (!first.isDone()) {
                ApiClient.Response second = admin.post(REINDEX, null, "");
                statuses.add(second.status());
                if (second.status() == 409) {
                    assertThat(second.json().get("type").asString()).isEqualTo("/problems/conflict");
                }
            }
            statuses.add(first.join().status());
        }
        assertThat(statuses).containsOnly(200, 409).contains(200, 409);
    }

    @Test
    void theJarCommandReindexesAndReportsItsStatus() throws Exception {
        var commandLine = new org.springframework.context.support.GenericApplicationContext();
        ReindexCommand command = new ReindexCommand(reindex, commandLine);
        command.run(new org.springframework.boot.DefaultApplicationArguments("reindex"));
        assertThat(command.getExitCode()).isZero();

        ReindexCommand misused = new ReindexCommand(reindex, commandLine);
        misused.run(new org.springframework.boot.DefaultApplicationArguments("reindex", "now"));
        assertThat(misused.getExitCode()).isEqualTo(2);
    }

    /** Locations l{from}…l{to-1} of the organisation, published together with the test folder. */
    private void seed(Organisation organisation, int from, int to) {
        for (int i = from; i < to; i++) {
            location("l" + i, organisation.id(), ",\"latitude\":50." + i + ",\"longitude\":8.5");
        }
        String path = NODES + "/standorte/" + folder;
        ApiClient.Response published = editor.post(path + "@publish", editor.get(path).etag(), "{\"includeSubnodes\":true}");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        awaitIndexerIdle();
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long hitsOf(Organisation organisation) {
        try {
            return index.client().query(query("*:*").setRows(0)
                    .addFilterQuery("{!term f=" + SolrFields.ORGANISATION_ID + "}" + organisation.id()))
                    .getResults().getNumFound();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ids of the published locations that belong in the index (their organisation published, too). */
    private Set<String> published() throws Exception {
        Set<String> ids = new HashSet<>();
        locations.forEachPage(page -> page.forEach(location -> updates.document(location)
                .ifPresent(doc -> ids.add((String) doc.getFieldValue(SolrFields.ID)))));
        return ids;
    }
}
