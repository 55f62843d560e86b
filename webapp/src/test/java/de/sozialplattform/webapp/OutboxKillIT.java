package de.sozialplattform.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sozialplattform.cms.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The transactional outbox survives a real {@code kill -9} of the packaged jar, on H2 and on PostgreSQL: an
 * event committed before the kill is delivered after a restart on the same data, with the same idempotency key.
 * Three moments of the kill are covered, in one installation per database (three starts):
 * <ol>
 * <li>in the middle of a delivery: the receiver got the request and hangs, the worker holds the lease;</li>
 * <li>between commit and the first delivery attempt: committed while the only worker was busy with (1);</li>
 * <li>between failed attempts: the receiver was down (connection refused), the worker retries with backoff.</li>
 * </ol>
 */
class OutboxKillIT {

    /** How long after a restart (once ready) a pending event may take to arrive. */
    private static final Duration DELIVERY_AFTER_RESTART = Duration.ofSeconds(30);
    /** How long the first start may take to deliver the seed content's events (indexing included). */
    private static final Duration SEED_BACKLOG = Duration.ofSeconds(180);

    @RegisterExtension
    final AppProcesses apps = new AppProcesses();

    @TempDir
    Path dir;

    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void closeReceivers() {
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void onH2() {
        Path dataDir = dir.resolve("data");
        String database = "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/db/sozialplattform";
        survivesKills("OutboxKillIT-h2", List.of("--SOZIAL_DATA_DIR=" + dataDir.toAbsolutePath()), app -> {
            // The restart really opens the same database file: same URL, the file is there, nothing to migrate.
            assertTrue(Files.isRegularFile(dataDir.resolve("db/sozialplattform.mv.db")), "H2 file in the data dir");
            assertTrue(app.log().contains("Database: " + database + " "), "restart uses " + database);
            assertTrue(app.log().contains("No migration necessary"), "restart found the existing schema");
        });
    }

    @Test
    void onPostgres() {
        String url = PostgresServer.newDatabase();
        List<String> settings = new ArrayList<>(PostgresServer.settings(url));
        settings.add("--sozial.security.demo-users=true");
        settings.add("--SOZIAL_DATA_DIR=" + dir.resolve("data").toAbsolutePath());
        survivesKills("OutboxKillIT-postgres", settings, app -> {
            assertTrue(app.log().contains("Database: " + url + " "), "restart uses " + url);
            assertTrue(app.log().contains("No migration necessary"), "restart found the existing schema");
        });
    }

    private void survivesKills(String name, List<String> databaseSettings, Consumer<AppProcess> sameDatabase) {
        int hookPort = AppProcess.freePort();
        WebhookReceiver receiver = receiver(hookPort);
        List<String> settings = new ArrayList<>(databaseSettings);
        settings.addAll(List.of(
                "--sozial.webhooks.urls=" + receiver.url(),
                // A hanging receiver keeps the worker waiting far longer than its lease: after the kill, the lease
                // has run out by the time the restarted process looks.
                "--sozial.webhooks.timeout=60s",
                "--sozial.outbox.lease=3s",
                "--sozial.outbox.initial-backoff=500ms",
                "--sozial.outbox.max-backoff=2s",
                "--sozial.outbox.max-attempts=100"));
        AppProcess app = apps.create(name, dir, settings).start();
        ManagementApi editor = ManagementApi.as(app, "editor", "editor");
        ManagementApi admin = ManagementApi.as(app, "admin", "admin");
        // The first start publishes the seed content: several hundred events for the indexer and the receiver,
        // which answers them. The kills below are about our own events, so they start on an empty outbox.
        awaitOutboxDrained(admin, SEED_BACKLOG);

        // 1. Kill in the middle of a delivery.
        receiver.hangOnFirst(r -> r.json().path("path").asString("").equals("/kill-mid-delivery"));
        String midDelivery = id(editor.createAndPublishPage("kill-mid-delivery"));
        WebhookReceiver.Request hung = receiver.awaitArrived("the publish event of " + midDelivery,
                r -> r.isEvent("published", midDelivery), Duration.ofSeconds(15));
        assertTrue(hung.idempotencyKey() != null && hung.idempotencyKey().matches("sozialplattform-[0-9a-f-]{36}"),
                "Idempotency-Key " + hung.idempotencyKey());

        // 2. Committed while the only worker hangs in (1): not even attempted before the kill.
        String beforeAttempt = id(editor.createAndPublishPage("kill-before-first-attempt"));
        Map<String, JsonNode> pending = webhookEvents(admin, "PENDING");
        assertEquals(1, pending.get(midDelivery).path("attempts").asInt(), () -> "being delivered: " + pending);
        assertEquals(hung.idempotencyKey(), key(pending.get(midDelivery)));
        assertEquals(0, pending.get(beforeAttempt).path("attempts").asInt(), () -> "not attempted: " + pending);
        String beforeAttemptKey = key(pending.get(beforeAttempt));
        assertEquals(List.of(), acceptedIds(receiver, List.of(midDelivery, beforeAttempt)), "delivered before the kill");

        app.kill();
        app.start();
        sameDatabase.accept(app);

        WebhookReceiver.Request redelivered = receiver.awaitAccepted("the redelivery of " + midDelivery + " after the kill",
                r -> r.isEvent("published", midDelivery), DELIVERY_AFTER_RESTART);
        assertEquals(hung.idempotencyKey(), redelivered.idempotencyKey(), "same Idempotency-Key as the hanging attempt");
        assertEquals("content", redelivered.topic());
        assertEquals("/kill-mid-delivery", redelivered.json().path("path").asString());
        WebhookReceiver.Request delivered = receiver.awaitAccepted("the publish event of " + beforeAttempt + " after the kill",
                r -> r.isEvent("published", beforeAttempt), DELIVERY_AFTER_RESTART);
        assertEquals(beforeAttemptKey, delivered.idempotencyKey());
        // The content itself survived the kill too.
        assertPublished(editor, "/kill-mid-delivery", midDelivery);
        assertPublished(editor, "/kill-before-first-attempt", beforeAttempt);
        awaitOutboxDrained(admin, DELIVERY_AFTER_RESTART);

        // 3. Kill while the receiver is down and the worker retries with backoff.
        receiver.close();
        String receiverDown = id(editor.createAndPublishPage("kill-while-receiver-down"));
        JsonNode failing = awaitWebhookEvent(admin, receiverDown, e -> e.path("attempts").asInt() >= 2
                && e.path("lastError").asString("").contains("ConnectException"), "retried after connection refused");
        assertEquals("PENDING", failing.path("status").asString());
        app.kill();
        WebhookReceiver restarted = receiver(hookPort);
        app.start();
        sameDatabase.accept(app);

        WebhookReceiver.Request late = restarted.awaitAccepted("the publish event of " + receiverDown + " after the kill",
                r -> r.isEvent("published", receiverDown), DELIVERY_AFTER_RESTART);
        assertEquals(key(failing), late.idempotencyKey());
        assertPublished(editor, "/kill-while-receiver-down", receiverDown);
        awaitOutboxDrained(admin, DELIVERY_AFTER_RESTART);

        // Each event was accepted exactly once; restarts do not resend what was delivered.
        List<String> ours = List.of(midDelivery, beforeAttempt, receiverDown);
        assertEquals(List.of(midDelivery, beforeAttempt).stream().sorted().toList(), acceptedIds(receiver, ours));
        assertEquals(List.of(receiverDown), acceptedIds(restarted, ours));
        assertEquals(1, restarted.accepted().size(), () -> "the last restart resent: " + restarted.accepted());
        assertEquals(0, admin.outboxCounts().path("dead").asInt(), "no dead letters");
        app.stop();
    }

    private WebhookReceiver receiver(int port) {
        WebhookReceiver receiver = WebhookReceiver.listen(port);
        receivers.add(receiver);
        return receiver;
    }

    private static String id(JsonNode node) {
        return node.path("identifier").asString();
    }

    private static String key(JsonNode outboxRecord) {
        return "sozialplattform-" + outboxRecord.path("eventId").asString();
    }

    /** Outbox records of the webhook consumer with {@code status}, by node id. */
    private static Map<String, JsonNode> webhookEvents(ManagementApi admin, String status) {
        return admin.outboxEvents(status).stream().filter(e -> "webhooks".equals(e.path("consumer").asString()))
                .collect(Collectors.toMap(e -> e.path("key").asString(), Function.identity()));
    }

    private static JsonNode awaitWebhookEvent(ManagementApi admin, String nodeId,
            Predicate<JsonNode> wanted, String description) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = webhookEvents(admin, "PENDING").get(nodeId);
            if (last != null && wanted.test(last)) {
                return last;
            }
            AppProcess.sleep(200);
        }
        throw new AssertionError("outbox event of " + nodeId + " not " + description + "; last seen: " + last);
    }

    private static void awaitOutboxDrained(ManagementApi admin, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        JsonNode counts = admin.outboxCounts();
        while (counts.path("pending").asInt() != 0 && System.nanoTime() < deadline) {
            AppProcess.sleep(200);
            counts = admin.outboxCounts();
        }
        assertEquals(0, counts.path("pending").asInt(), "pending outbox records: " + counts);
    }

    private static void assertPublished(ManagementApi editor, String path, String id) {
        JsonNode node = editor.node("pages", path, 0);
        assertEquals(id, node.path("identifier").asString(), path);
        assertEquals("published", node.path("status").asString(), path);
    }

    /** Node ids of the events the receiver accepted, restricted to {@code nodes}, sorted. */
    private static List<String> acceptedIds(WebhookReceiver receiver, List<String> nodes) {
        return receiver.accepted().stream().map(r -> r.json().path("id").asString()).filter(nodes::contains).sorted()
                .toList();
    }
}
