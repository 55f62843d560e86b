package de.sozialplattform.cms.outbox;

import static de.sozialplattform.cms.outbox.OutboxTestConsumers.AUDITOR;
import static de.sozialplattform.cms.outbox.OutboxTestConsumers.FANOUT_TOPIC;
import static de.sozialplattform.cms.outbox.OutboxTestConsumers.RECORDER;
import static de.sozialplattform.cms.outbox.OutboxTestConsumers.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.support.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the outbox promises, checked against a real database; each subclass supplies one (H2, PostgreSQL).
 * The worker runs for real (test settings: poll 100 ms, backoff 100 ms doubling, 4 attempts, lease 5 s), and the
 * admin API is called over HTTP. Every test works on its own keys or consumer names and asserts only on its own
 * records, so tests do not depend on each other, on the seed content or on other tests sharing the database.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OutboxTestConsumers.Config.class)
abstract class OutboxContractTests {

    /** Test settings from application.yaml. */
    private static final int MAX_ATTEMPTS = 4;
    private static final Duration INITIAL_BACKOFF = Duration.ofMillis(100);
    /** Database timestamps keep microseconds; allow for the rounding. */
    private static final Duration TIMESTAMP_PRECISION = Duration.ofMillis(1);

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper json;

    @Autowired
    @Qualifier("outboxTestRecorder")
    RecordingConsumer recorder;

    @Autowired
    @Qualifier("outboxTestAuditor")
    RecordingConsumer auditor;

    @LocalServerPort
    int port;

    private RestClient http;

    @BeforeEach
    void httpClient() {
        // The JDK client explicitly: Spring would pick Jetty's, and Solr brings Jetty 10, which Spring cannot use.
        http = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://localhost:" + port + "/.rest/outbox/v1")
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    // --- writing events -------------------------------------------------------------------------------------

    @Test
    void eventOfACommittedTransactionIsDeliveredOnceAndMarkedDone() {
        String key = uniqueKey();

        transactions.executeWithoutResult(tx -> outbox.append(TOPIC, key, "{\"n\":1}"));

        long id = recordId(RECORDER, TOPIC, key);
        awaitShort().until(() -> status(id).equals(OutboxRecord.DONE));
        // at least once in general, but a healthy single delivery must not be repeated
        awaitShort().during(Duration.ofMillis(300)).until(() -> recorder.deliveries(key).size() == 1);
        assertThat(recorder.effects(key)).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo(id);
            assertThat(message.topic()).isEqualTo(TOPIC);
            assertThat(message.payload()).isEqualTo("{\"n\":1}");
            assertThat(message.attempt()).isEqualTo(1);
        });
        OutboxRecord record = store.get(id).orElseThrow();
        assertThat(record.attempts()).isEqualTo(1);
        assertThat(record.completedAt()).isNotNull();
        assertThat(record.lastError()).isNull();
    }

    @Test
    void eventOfARolledBackTransactionIsNeitherRecordedNorDelivered() {
        String rolledBack = uniqueKey();
        String committedLater = uniqueKey();

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            outbox.append(TOPIC, rolledBack, "{}");
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        transactions.executeWithoutResult(tx -> outbox.append(TOPIC, committedLater, "{}"));

        // once an event written after it has gone through, the worker has had its chance at the rolled-back one
        awaitShort().until(() -> recorder.effects(committedLater).size() == 1);
        assertThat(recordIds(TOPIC, rolledBack)).isEmpty();
        assertThat(recorder.attempts(rolledBack)).isEmpty();
    }

    @Test
    void appendOutsideATransactionIsRefused() {
        String key = uniqueKey();

        assertThatThrownBy(() -> outbox.append(TOPIC, key, "{}"))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(recordIds(TOPIC, key)).isEmpty();
    }

    @Test
    void everySubscribedConsumerGetsItsOwnRecordAndOneFailingConsumerDoesNotHoldUpTheOther() {
        String key = uniqueKey();
        recorder.failAlways(key);

        transactions.executeWithoutResult(tx -> outbox.append(FANOUT_TOPIC, key, "{}"));

        long auditorRecord = recordId(AUDITOR, FANOUT_TOPIC, key);
        long recorderRecord = recordId(RECORDER, FANOUT_TOPIC, key);
        assertThat(recordIds(FANOUT_TOPIC, key)).containsExactlyInAnyOrder(auditorRecord, recorderRecord);
        awaitShort().until(() -> status(auditorRecord).equals(OutboxRecord.DONE));
        assertThat(auditor.effects(key)).singleElement().extracting(OutboxMessage::id).isEqualTo(auditorRecord);
        awaitShort().until(() -> recorder.attempts(key).size() >= 1);
        assertThat(recorder.effects(key)).isEmpty();

        recorder.heal(key);
        awaitShort().until(() -> status(recorderRecord).equals(OutboxRecord.DONE));
        assertThat(recorder.effects(key)).singleElement().extracting(OutboxMessage::id).isEqualTo(recorderRecord);
    }

    @Test
    void aConsumerStuckInADeliveryDoesNotHoldUpTheOthers() {
        String stuck = uniqueKey();
        String next = uniqueKey();
        recorder.hang(stuck);
        try {
            transactions.executeWithoutResult(tx -> outbox.append(FANOUT_TOPIC, stuck, "{}"));
            awaitShort().until(() -> status(recordId(AUDITOR, FANOUT_TOPIC, stuck)).equals(OutboxRecord.DONE));
            transactions.executeWithoutResult(tx -> outbox.append(FANOUT_TOPIC, next, "{}"));

            // the auditor goes on with later events while the recorder still waits for its receiver
            awaitShort().until(() -> status(recordId(AUDITOR, FANOUT_TOPIC, next)).equals(OutboxRecord.DONE));
            assertThat(recorder.attempts(stuck)).isEmpty();
            assertThat(recorder.attempts(next)).isEmpty();
        } finally {
            recorder.release(stuck);
        }
        // and the recorder catches up in commit order once its delivery returns
        awaitShort().until(() -> recorder.effects(next).size() == 1);
        assertThat(recorder.deliveries(stuck).get(0).endedAt()).isBeforeOrEqualTo(recorder.deliveries(next).get(0).startedAt());
    }

    // --- retries and dead letters ---------------------------------------------------------------------------

    @Test
    void failingConsumerIsRetriedWithGrowingGapsUntilItSucceeds() {
        String key = uniqueKey();
        recorder.failTimes(key, 2);

        transactions.executeWithoutResult(tx -> outbox.append(TOPIC, key, "{}"));

        long id = recordId(RECORDER, TOPIC, key);
        awaitShort().until(() -> status(id).equals(OutboxRecord.DONE));
        List<RecordingConsumer.Attempt> attempts = recorder.attempts(key);
        assertThat(attempts).extracting(RecordingConsumer.Attempt::attempt).containsExactly(1, 2, 3);
        assertThat(attempts).extracting(RecordingConsumer.Attempt::succeeded).containsExactly(false, false, true);
        for (int failed = 1; failed < attempts.size(); failed++) {
            RecordingConsumer.Attempt before = attempts.get(failed - 1);
            RecordingConsumer.Attempt after = attempts.get(failed);
            Duration backoff = INITIAL_BACKOFF.multipliedBy(1L << (failed - 1)); // 100 ms, 200 ms
            // the failure was recorded, and the next attempt scheduled (and made) no earlier than the backoff
            assertThat(after.seen().lastError()).contains("simulated outage").contains("attempt " + failed);
            assertThat(after.seen().nextAttemptAt())
                    .isAfterOrEqualTo(before.endedAt().plus(backoff).minus(TIMESTAMP_PRECISION));
            assertThat(after.seen().nextAttemptAt().minus(backoff).plus(TIMESTAMP_PRECISION))
                    .as("next_attempt_at moves on by at least the doubled backoff")
                    .isAfterOrEqualTo(before.seen().nextAttemptAt());
            assertThat(Duration.between(before.startedAt(), after.startedAt())).isGreaterThanOrEqualTo(backoff);
        }
        OutboxRecord record = store.get(id).orElseThrow();
        assertThat(record.attempts()).isEqualTo(3);
        assertThat(record.lastError()).isNull();
        assertThat(recorder.effects(key)).singleElement().extracting(OutboxMessage::id).isEqualTo(id);
    }

    @Test
    void alwaysFailingEventBecomesADeadLetterThatAnAdministratorCanRetry() {
        String key = uniqueKey();
        recorder.failAlways(key);

        transactions.executeWithoutResult(tx -> outbox.append(TOPIC, key, "{}"));

        long id = recordId(RECORDER, TOPIC, key);
        awaitShort().until(() -> status(id).equals(OutboxRecord.DEAD));
        assertThat(recorder.attempts(key)).extracting(RecordingConsumer.Attempt::attempt)
                .containsExactly(1, 2, 3, 4);
        awaitShort().during(Duration.ofMillis(300)).until(() -> recorder.attempts(key).size() == MAX_ATTEMPTS);

        JsonNode dead = findListed("DEAD", id);
        assertThat(dead).as("dead letter %s in GET /events?status=DEAD", id).isNotNull();
        assertThat(dead.path("status").asString()).isEqualTo("DEAD");
        assertThat(dead.path("consumer").asString()).isEqualTo(RECORDER);
        assertThat(dead.path("key").asString()).isEqualTo(key);
        assertThat(dead.path("attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
        assertThat(dead.path("lastError").asString())
                .isEqualTo("IllegalStateException: simulated outage for " + key + " on attempt 4");
        assertThat(findListed("PENDING", id)).isNull();

        // only administrators may retry
        assertThat(post("/events/{id}/retry", null, id).getStatusCode().value()).isEqualTo(401);
        assertThat(post("/events/{id}/retry", "editor", id).getStatusCode().value()).isEqualTo(403);
        assertThat(status(id)).isEqualTo(OutboxRecord.DEAD);

        ResponseEntity<String> retried = post("/events/{id}/retry", "admin", id);
        assertThat(retried.getStatusCode().value()).isEqualTo(200);
        JsonNode body = json.readTree(retried.getBody());
        assertThat(body.path("id").asLong()).isEqualTo(id);
        assertThat(body.path("status").asString()).isEqualTo("PENDING");
        recorder.heal(key);

        awaitShort().until(() -> status(id).equals(OutboxRecord.DONE));
        assertThat(recorder.effects(key)).singleElement().extracting(OutboxMessage::id).isEqualTo(id);
        assertThat(recorder.deliveries(key)).hasSize(1);
        assertThat(findListed("DEAD", id)).isNull();
    }

    // --- admin API ------------------------------------------------------------------------------------------

    @Test
    void retryOfARecordThatIsNotDeadIsAConflict() {
        String key = uniqueKey();
        transactions.executeWithoutResult(tx -> outbox.append(TOPIC, key, "{}"));
        long id = recordId(RECORDER, TOPIC, key);
        awaitShort().until(() -> status(id).equals(OutboxRecord.DONE));

        ResponseEntity<String> response = post("/events/{id}/retry", "admin", id);

        assertProblem(response, 409);
        assertThat(json.readTree(response.getBody()).path("detail").asString())
                .contains(Long.toString(id)).contains("DONE");
        assertThat(status(id)).isEqualTo(OutboxRecord.DONE);
        assertThat(recorder.deliveries(key)).hasSize(1);
    }

    @Test
    void retryOfAnUnknownRecordIsNotFound() {
        assertProblem(post("/events/{id}/retry", "admin", Long.MAX_VALUE), 404);
    }

    @Test
    void adminApiWantsAnAdministrator() {
        ResponseEntity<String> anonymous = get("", null);
        assertProblem(anonymous, 401);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertProblem(get("/events?status=DEAD", null), 401);
        assertProblem(get("", "admin", "wrong-password"), 401);
        assertProblem(get("", "editor"), 403);
        assertProblem(get("/events?status=DEAD", "editor"), 403);

        ResponseEntity<String> counts = get("", "admin");
        assertThat(counts.getStatusCode().value()).isEqualTo(200);
        JsonNode body = json.readTree(counts.getBody());
        assertThat(body.path("pending").isNumber()).isTrue();
        assertThat(body.path("done").isNumber()).isTrue();
        assertThat(body.path("dead").isNumber()).isTrue();
    }

    @Test
    void listingWithAnUnknownStatusIsABadRequest() {
        ResponseEntity<String> badStatus = get("/events?status=LOST", "admin");
        assertProblem(badStatus, 400);
        assertThat(firstInvalidField(badStatus)).isEqualTo("status");
        ResponseEntity<String> badLimit = get("/events?status=DEAD&limit=0", "admin");
        assertProblem(badLimit, 400);
        assertThat(firstInvalidField(badLimit)).isEqualTo("limit");
    }

    // --- several workers (replicas) -------------------------------------------------------------------------

    @Test
    void racingClaimersNeverClaimTheSameRecord() throws Exception {
        String consumer = "race-" + UUID.randomUUID();
        Set<Long> ids = insertDue(consumer, 200);
        String ownerA = "replica-a-" + UUID.randomUUID();
        String ownerB = "replica-b-" + UUID.randomUUID();

        Map<String, List<Long>> claims = race(List.of(ownerA, ownerB), owner -> {
            List<Long> mine = new ArrayList<>();
            List<OutboxStore.Claimed> batch;
            while (!(batch = store.claimDue(owner, Set.of(consumer), Duration.ofMinutes(5), 10)).isEmpty()) {
                batch.forEach(claimed -> mine.add(claimed.message().id()));
            }
            return mine;
        });

        assertNoRecordClaimedTwice(claims, ids);
        for (Map.Entry<String, List<Long>> claim : claims.entrySet()) {
            for (long id : claim.getValue()) {
                assertThat(leaseOwner(id)).isEqualTo(claim.getKey());
            }
        }
        assertThat(attemptsOf(consumer)).as("every record was claimed exactly once").containsOnly(1);
    }

    @Test
    void aRecordRescheduledByOneReplicaIsNotTakenEarlyByAnother() throws Exception {
        String consumer = "race-" + UUID.randomUUID();
        Set<Long> ids = insertDue(consumer, 200);

        // Each replica handles what it claims at once, as a worker does: half are delivered, half fail and are
        // rescheduled for much later. Neither may then claim a record the other has already handled.
        List<String> owners = List.of("replica-a-" + UUID.randomUUID(), "replica-b-" + UUID.randomUUID());
        Map<String, List<Long>> claims = race(owners, owner -> {
            List<Long> mine = new ArrayList<>();
            List<OutboxStore.Claimed> batch;
            while (!(batch = store.claimDue(owner, Set.of(consumer), Duration.ofMinutes(5), 10)).isEmpty()) {
                for (OutboxStore.Claimed claimed : batch) {
                    long id = claimed.message().id();
                    mine.add(id);
                    if (id % 2 == 0) {
                        assertThat(store.complete(id, owner)).isTrue();
                    } else {
                        store.fail(id, owner, "unavailable", Duration.ofHours(1), false);
                    }
                }
            }
            return mine;
        });

        assertNoRecordClaimedTwice(claims, ids);
        assertThat(attemptsOf(consumer)).containsOnly(1);
    }

    @Test
    void leaseOfAWorkerThatDiedIsTakenOverAfterItExpires() {
        String consumer = "lease-" + UUID.randomUUID();
        long id = insertDue(consumer, 1).iterator().next();
        String crashed = "crashed-" + UUID.randomUUID();
        String rescuer = "rescuer-" + UUID.randomUUID();

        Duration lease = Duration.ofSeconds(1);
        Instant claimedNoEarlierThan = Instant.now();
        List<OutboxStore.Claimed> first = store.claimDue(crashed, Set.of(consumer), lease, 10);
        assertThat(first).singleElement().satisfies(c -> assertThat(c.message().attempt()).isEqualTo(1));
        // the crashed worker never completes; while its lease runs, nobody else may take the record
        assertThat(store.claimDue(rescuer, Set.of(consumer), Duration.ofMinutes(1), 10)).isEmpty();

        List<OutboxStore.Claimed> takenOver = new ArrayList<>();
        awaitShort().until(() -> takenOver.addAll(
                store.claimDue(rescuer, Set.of(consumer), Duration.ofMinutes(1), 10)));
        assertThat(Instant.now()).as("taken over only after the lease ran out")
                .isAfterOrEqualTo(claimedNoEarlierThan.plus(lease));
        assertThat(takenOver).singleElement().satisfies(c -> {
            assertThat(c.message().id()).isEqualTo(id);
            assertThat(c.message().attempt()).isEqualTo(2);
        });
        assertThat(leaseOwner(id)).isEqualTo(rescuer);

        // should the crashed worker come back, it cannot complete what it no longer holds
        assertThat(store.complete(id, crashed)).isFalse();
        assertThat(store.complete(id, rescuer)).isTrue();
        assertThat(status(id)).isEqualTo(OutboxRecord.DONE);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static String uniqueKey() {
        return "key-" + UUID.randomUUID();
    }

    private static ConditionFactory awaitShort() {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20));
    }

    private long recordId(String consumer, String topic, String key) {
        return jdbc.sql("""
                SELECT id FROM outbox_event WHERE consumer = :consumer AND topic = :topic AND event_key = :key""")
                .param("consumer", consumer).param("topic", topic).param("key", key)
                .query(Long.class).single();
    }

    private List<Long> recordIds(String topic, String key) {
        return jdbc.sql("SELECT id FROM outbox_event WHERE topic = :topic AND event_key = :key")
                .param("topic", topic).param("key", key)
                .query(Long.class).list();
    }

    private String status(long id) {
        return store.get(id).orElseThrow().status();
    }

    private String leaseOwner(long id) {
        return jdbc.sql("SELECT lease_owner FROM outbox_event WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    private Set<Integer> attemptsOf(String consumer) {
        return new HashSet<>(jdbc.sql("SELECT attempts FROM outbox_event WHERE consumer = :consumer")
                .param("consumer", consumer).query(Integer.class).list());
    }

    /** Writes due records for a consumer no worker has, so only the test's own claimers can take them. */
    private Set<Long> insertDue(String consumer, int count) {
        Instant due = Instant.now().minusSeconds(1);
        transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < count; i++) {
                jdbc.sql("""
                        INSERT INTO outbox_event
                            (event_id, consumer, topic, event_key, payload, status, attempts, next_attempt_at, created_at)
                        VALUES (:eventId, :consumer, 'race', :key, '{}', 'PENDING', 0, :due, :due)""")
                        .param("eventId", java.util.UUID.randomUUID().toString()).param("consumer", consumer).param("key", "k" + i).param("due", SqlTime.of(due))
                        .update();
            }
        });
        Set<Long> ids = new HashSet<>(jdbc.sql("SELECT id FROM outbox_event WHERE consumer = :consumer")
                .param("consumer", consumer).query(Long.class).list());
        assertThat(ids).hasSize(count);
        return ids;
    }

    @FunctionalInterface
    private interface Claimer {
        List<Long> claimAll(String owner) throws Exception;
    }

    /** Lets every owner run {@code claimer} in its own thread, all starting at the same moment. */
    private static Map<String, List<Long>> race(List<String> owners, Claimer claimer) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(owners.size());
        try {
            CountDownLatch ready = new CountDownLatch(owners.size());
            CountDownLatch go = new CountDownLatch(1);
            Map<String, Future<List<Long>>> results = new LinkedHashMap<>();
            for (String owner : owners) {
                Callable<List<Long>> task = () -> {
                    ready.countDown();
                    go.await();
                    return claimer.claimAll(owner);
                };
                results.put(owner, threads.submit(task));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            Map<String, List<Long>> claims = new LinkedHashMap<>();
            for (Map.Entry<String, Future<List<Long>>> result : results.entrySet()) {
                claims.put(result.getKey(), result.getValue().get(30, TimeUnit.SECONDS));
            }
            return claims;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void assertNoRecordClaimedTwice(Map<String, List<Long>> claims, Set<Long> ids) {
        List<Long> all = claims.values().stream().flatMap(List::stream).toList();
        Map<Long, Long> timesClaimed = all.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(timesClaimed.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("records claimed more than once").isEmpty();
        assertThat(new HashSet<>(all)).as("every due record was claimed").isEqualTo(ids);
    }

    private ResponseEntity<String> get(String path, String user) {
        return get(path, user, user);
    }

    private ResponseEntity<String> get(String path, String user, String password) {
        return http.get().uri(path).headers(h -> authenticate(h, user, password)).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> post(String path, String user, Object... variables) {
        return http.post().uri(path, variables).headers(h -> authenticate(h, user, user)).retrieve()
                .toEntity(String.class);
    }

    private static void authenticate(HttpHeaders headers, String user, String password) {
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
    }

    /** The record with {@code id} as GET /events?status= lists it, or {@code null}; pages through the list. */
    private JsonNode findListed(String status, long id) {
        for (int offset = 0;; offset += 500) {
            ResponseEntity<String> response = get("/events?status=" + status + "&limit=500&offset=" + offset, "admin");
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            JsonNode page = json.readTree(response.getBody());
            assertThat(page.isArray()).isTrue();
            for (JsonNode record : page) {
                if (record.path("id").asLong() == id) {
                    return record;
                }
            }
            if (page.size() < 500) {
                return null;
            }
        }
    }

    private String firstInvalidField(ResponseEntity<String> problem) {
        return json.readTree(problem.getBody()).path("errors").path(0).path("field").asString();
    }

    private void assertProblem(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("content type %s", response.getHeaders().getContentType()).isTrue();
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
    }
}
