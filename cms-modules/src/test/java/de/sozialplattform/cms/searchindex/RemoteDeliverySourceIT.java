package de.sozialplattform.cms.searchindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.sozialplattform.cms.outbox.OutboxMessage;
import de.sozialplattform.search.centres.AdviceCentre;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indexer fed by a remote Delivery API (a local HTTP server answering like Magnolia). The test builds the remote
 * variant from the context's beans instead of starting a context of its own, and rebuilds from the local content
 * afterwards, so the shared index is as the other tests expect it.
 */
class RemoteDeliverySourceIT extends SearchIndexContext {

    private static final int LOCATIONS = 150;

    @Autowired
    SearchReindex localReindex;

    @Autowired
    CentreUpdates updates;

    @Autowired
    SearchIndexer localIndexer;

    @Autowired
    OutboxReplay replay;

    @Autowired
    LocalLocations locations;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    private MagnoliaDeliveryServer magnolia;

    @BeforeEach
    void magnolia() throws IOException {
        magnolia = new MagnoliaDeliveryServer(LOCATIONS);
    }

    @AfterEach
    void backToLocalContent() throws Exception {
        magnolia.close();
        localReindex.reindex();
    }

    @Test
    void aReindexFromTheRemoteDeliveryApiFillsTheIndex() throws Exception {
        ReindexResult result = remoteReindex(magnolia.baseUrl()).reindex();

        Set<String> expected = IntStream.range(1, LOCATIONS).mapToObj(MagnoliaDeliveryServer::id).collect(Collectors.toSet());
        assertThat(result.indexed()).isEqualTo(LOCATIONS - 1);
        assertThat(result.replayed()).isZero();
        assertThat(result.source()).isEqualTo(magnolia.baseUrl().toString());
        assertThat(indexedIds()).as("location 0's organisation is not published").isEqualTo(expected);
        assertThat(magnolia.requests()).containsExactlyInAnyOrder("lang=de&limit=100&offset=0",
                "lang=en&limit=100&offset=0", "lang=de&limit=100&offset=100", "lang=en&limit=100&offset=100");

        AdviceCentre centre = centre(indexed(MagnoliaDeliveryServer.id(8)).orElseThrow());
        assertThat(centre.name()).isEqualTo("Fernberatung 8");
        assertThat(centre.organisation().name()).isEqualTo("Magnolia-Träger 1");
        assertThat(centre.text("description", "de")).isEqualTo("<p>Schuldnerberatung 8</p>");
        assertThat(centre.text("description", "en")).isEqualTo("<p>Debt counselling 8</p>");
        assertThat(centre.openingHours()).singleElement().satisfies(hours -> assertThat(hours.opens()).isEqualTo("09:00"));
        assertThat(centre.lastModified()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
    }

    @Test
    void anUnreachableRemoteLeavesTheIndexAsItWas() throws Exception {
        remoteReindex(magnolia.baseUrl()).reindex();
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/.rest/delivery");
        }

        assertThatThrownBy(() -> remoteReindex(closed).reindex()).isInstanceOf(IOException.class)
                .hasMessageContaining("not reachable");
        assertThat(indexedIds()).hasSize(LOCATIONS - 1);
    }

    @Test
    void withARemoteSourceLocalContentIsNotIndexed() throws Exception {
        SearchIndexer remote = new SearchIndexer(index, updates, locations, json, properties(magnolia.baseUrl()));
        assertThat(remote.topics()).as("no events are recorded for it").isEmpty();
        String id = location("lokal", organisation("Lokaler Träger").id(), "");
        publish(at("lokal"));
        awaitIndexerIdle();
        localReindex.reindex();
        remoteReindex(magnolia.baseUrl()).reindex();

        remote.handle(new OutboxMessage(1, "e", ContentEvent.TOPIC, id, """
                {"event":"published","workspace":"adviceCentres","id":"%s","nodeType":"location"}""".formatted(id), 1,
                Instant.now()));
        index.client().commit();
        assertThat(indexed(id)).isEmpty();
    }

    @Test
    void theScheduledSyncFollowsTheRemoteApi() {
        SearchReindex remote = remoteReindex(magnolia.baseUrl());
        SearchIndexProperties every300ms = new SearchIndexProperties(magnolia.baseUrl(), Duration.ofMillis(300),
                Duration.ofSeconds(1), 500, Duration.ofSeconds(5), Duration.ofSeconds(10));
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.initialize();
        try {
            new RemoteSync(every300ms, remote, scheduler, clock).started(new ApplicationReadyEvent(new SpringApplication(),
                    new String[0], (ConfigurableApplicationContext) context, Duration.ZERO));
            await().atMost(TIMEOUT).until(() -> indexedIds().size() == LOCATIONS - 1);
            magnolia.serve(100);
            await().atMost(TIMEOUT).until(() -> indexedIds().size() == 99);
        } finally {
            scheduler.shutdown();
        }
    }

    private SearchReindex remoteReindex(URI url) {
        SearchIndexProperties properties = properties(url);
        return new SearchReindex(index, new RemoteLocations(url, properties.timeout(), json), updates, localIndexer,
                replay, properties, clock);
    }

    private static SearchIndexProperties properties(URI url) {
        return new SearchIndexProperties(url, Duration.ofMinutes(15), Duration.ofSeconds(1), 500, Duration.ofSeconds(5),
                Duration.ofSeconds(10));
    }
}
