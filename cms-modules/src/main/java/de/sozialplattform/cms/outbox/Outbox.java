package de.sozialplattform.cms.outbox;

import de.sozialplattform.cms.support.SqlTime;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Records events in the caller's transaction, so they exist exactly when the change they describe exists. */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<OutboxConsumer> consumers;
    private final OutboxWakeUp wakeUp;

    Outbox(JdbcClient jdbc, Clock clock, List<OutboxConsumer> consumers, OutboxWakeUp wakeUp) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.consumers = List.copyOf(consumers);
        this.wakeUp = wakeUp;
    }

    /**
     * Appends an event for every consumer of {@code topic}. Must run inside the transaction of the change;
     * without one it fails rather than risk an event for a change that is rolled back (or the reverse).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String topic, String key, String payload) {
        var now = SqlTime.of(clock.instant());
        for (OutboxConsumer consumer : consumers) {
            if (!consumer.topics().contains(topic)) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO outbox_event (event_id, consumer, topic, event_key, payload, status, attempts,
                        next_attempt_at, created_at)
                    VALUES (:eventId, :consumer, :topic, :key, :payload, 'PENDING', 0, :now, :now)""")
                    .param("eventId", UUID.randomUUID().toString())
                    .param("consumer", consumer.name())
                    .param("topic", topic)
                    .param("key", key)
                    .param("payload", payload)
                    .param("now", now)
                    .update();
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeUp.signal();
            }
        });
    }
}
