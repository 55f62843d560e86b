package de.sozialplattform.cms.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox records to their consumers, one record at a time, with one background thread per consumer:
 * a backlog or a slow receiver of one consumer (a reindex after a large import, a hanging webhook receiver) never
 * delays the others, such as the hand-over of a submission. Within a consumer, records go in the order they were
 * committed. Several replicas can run workers side by side: the lease decides who delivers a record.
 */
@Component
class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final long PURGE_EVERY_MILLIS = 3_600_000;

    private final OutboxStore store;
    private final OutboxProperties properties;
    private final OutboxWakeUp wakeUp;
    private final Map<String, OutboxConsumer> consumers;
    private final String owner = "worker-" + UUID.randomUUID();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong lastPurge = new AtomicLong();
    private volatile boolean running;

    OutboxWorker(OutboxStore store, OutboxProperties properties, OutboxWakeUp wakeUp, List<OutboxConsumer> consumers) {
        this.store = store;
        this.properties = properties;
        this.wakeUp = wakeUp;
        this.consumers = consumers.stream().collect(Collectors.toMap(OutboxConsumer::name, Function.identity()));
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            log.info("Outbox delivery is switched off in this process");
            return;
        }
        running = true;
        for (String consumer : consumers.keySet()) {
            Thread thread = new Thread(() -> loop(consumer), "outbox-" + consumer);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void loop(String consumer) {
        while (running) {
            try {
                long seen = wakeUp.generation();
                int delivered = deliverDue(consumer);
                purgeNowAndThen();
                if (delivered == 0) {
                    wakeUp.awaitAfter(seen, properties.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be briefly unreachable; keep the worker alive and try again later.
                log.warn("Outbox poll failed: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    /**
     * Delivers up to a batch of due records of {@code consumer}; returns how many were handled. Records are claimed one at a time,
     * right before their delivery, so a lease only ever has to cover one delivery: a slow receiver cannot make
     * the leases of records still waiting in a batch run out and let another replica deliver them again.
     */
    private int deliverDue(String consumer) {
        int handled = 0;
        while (running && handled < properties.batchSize()) {
            List<OutboxStore.Claimed> next = store.claimDue(owner, Set.of(consumer), properties.lease(), 1);
            if (next.isEmpty()) {
                break;
            }
            deliver(next.get(0));
            handled++;
        }
        return handled;
    }

    private void deliver(OutboxStore.Claimed claimed) {
        OutboxMessage message = claimed.message();
        OutboxConsumer consumer = consumers.get(claimed.consumer());
        try {
            consumer.handle(message);
            if (!store.complete(message.id(), owner)) {
                log.warn("Outbox record {} was delivered after its lease ran out; another worker may deliver it again",
                        message.id());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.fail(message.id(), owner, "interrupted", properties.initialBackoff(), false);
        } catch (Exception e) {
            boolean dead = message.attempt() >= properties.maxAttempts();
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            store.fail(message.id(), owner, error, properties.backoff(message.attempt()), dead);
            log.warn("Outbox record {} for {} failed (attempt {}{}): {}", message.id(), claimed.consumer(),
                    message.attempt(), dead ? ", now a dead letter" : "", error);
        }
    }

    /** One thread of this process purges now and then; which one does not matter. */
    private void purgeNowAndThen() {
        long now = System.currentTimeMillis();
        long last = lastPurge.get();
        if (now - last > PURGE_EVERY_MILLIS && lastPurge.compareAndSet(last, now)) {
            int purged = store.purgeDelivered(properties.retention());
            if (purged > 0) {
                log.info("Purged {} delivered outbox records", purged);
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
