package de.sozialplattform.cms.outbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox records to their consumers, one record at a time, in a background thread of this
 * process. Several replicas can run workers side by side: the lease decides who delivers a record.
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
    private volatile Thread thread;
    private volatile boolean running;
    private long lastPurge;

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
        thread = new Thread(this::loop, "outbox-worker");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                int delivered = deliverDue();
                purgeNowAndThen();
                if (delivered == 0) {
                    wakeUp.await(properties.pollInterval().toMillis());
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
     * Delivers up to a batch of due records; returns how many were handled. Records are claimed one at a time,
     * right before their delivery, so a lease only ever has to cover one delivery: a slow receiver cannot make
     * the leases of records still waiting in a batch run out and let another replica deliver them again.
     */
    int deliverDue() {
        int handled = 0;
        while (running && handled < properties.batchSize()) {
            List<OutboxStore.Claimed> next = store.claimDue(owner, consumers.keySet(), properties.lease(), 1);
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

    private void purgeNowAndThen() {
        long now = System.currentTimeMillis();
        if (now - lastPurge > PURGE_EVERY_MILLIS) {
            lastPurge = now;
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
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
