package de.sozialplattform.cms.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

/**
 * A test consumer that remembers every attempt and can be told to fail for a key (a number of times or until
 * healed). It is idempotent like a real consumer must be: its effect is keyed by the message id, so a redelivery
 * changes nothing. Thread-safe: the outbox worker calls it while the test thread reads and configures it.
 * Deliberately not a {@code @Component}: only the outbox contract contexts get it, via {@link OutboxTestConsumers}.
 */
final class RecordingConsumer implements OutboxConsumer {

    /**
     * One call of {@link #handle}.
     *
     * @param seen the outbox record as the database held it when the attempt started (what was scheduled before)
     */
    record Attempt(long id, String key, int attempt, Instant startedAt, Instant endedAt, boolean succeeded,
            OutboxRecord seen) {
    }

    private final String name;
    private final Set<String> topics;
    private final LongFunction<OutboxRecord> inspector;
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Set<String> failingForever = ConcurrentHashMap.newKeySet();
    private final Map<String, CountDownLatch> hanging = new ConcurrentHashMap<>();
    private final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    /** The idempotent effect: one entry per message id, whatever the number of deliveries. */
    private final Map<Long, OutboxMessage> applied = new ConcurrentHashMap<>();

    RecordingConsumer(String name, Set<String> topics, LongFunction<OutboxRecord> inspector) {
        this.name = name;
        this.topics = Set.copyOf(topics);
        this.inspector = inspector;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> topics() {
        return topics;
    }

    @Override
    public void handle(OutboxMessage message) throws InterruptedException {
        Instant started = Instant.now();
        CountDownLatch hang = hanging.get(message.key());
        if (hang != null) {
            hang.await();
        }
        OutboxRecord seen = inspector.apply(message.id());
        boolean fail = failingForever.contains(message.key()) || takeFailure(message.key());
        if (!fail) {
            applied.putIfAbsent(message.id(), message);
        }
        attempts.add(new Attempt(message.id(), message.key(), message.attempt(), started, Instant.now(), !fail, seen));
        if (fail) {
            throw new IllegalStateException(
                    "simulated outage for " + message.key() + " on attempt " + message.attempt());
        }
    }

    private boolean takeFailure(String key) {
        AtomicInteger left = failuresLeft.get(key);
        return left != null && left.getAndUpdate(n -> Math.max(n - 1, 0)) > 0;
    }

    /** The next {@code times} deliveries of {@code key} fail. */
    void failTimes(String key, int times) {
        failuresLeft.put(key, new AtomicInteger(times));
    }

    /** Every delivery of {@code key} fails until {@link #heal}. */
    void failAlways(String key) {
        failingForever.add(key);
    }

    /** Deliveries of {@code key} hang, like a receiver that never answers, until {@link #release}. */
    void hang(String key) {
        hanging.put(key, new CountDownLatch(1));
    }

    void release(String key) {
        CountDownLatch hang = hanging.remove(key);
        if (hang != null) {
            hang.countDown();
        }
    }

    void heal(String key) {
        failingForever.remove(key);
        failuresLeft.remove(key);
    }

    /** All attempts for {@code key}, failed or not, in the order they ended. */
    List<Attempt> attempts(String key) {
        return attempts.stream().filter(a -> a.key().equals(key)).toList();
    }

    /** Successful deliveries of {@code key}; more than one per message id only when the outbox redelivered. */
    List<Attempt> deliveries(String key) {
        return attempts(key).stream().filter(Attempt::succeeded).toList();
    }

    /** The effects of {@code key}: one per distinct message, duplicates already folded. */
    Collection<OutboxMessage> effects(String key) {
        return applied.values().stream().filter(m -> m.key().equals(key)).toList();
    }
}
