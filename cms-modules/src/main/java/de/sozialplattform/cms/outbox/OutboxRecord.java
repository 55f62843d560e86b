package de.sozialplattform.cms.outbox;

import java.time.Instant;

/** An outbox record as administrators see it (e.g. in the dead-letter view). */
public record OutboxRecord(long id, String eventId, String consumer, String topic, String key, String status, int attempts,
        Instant nextAttemptAt, String lastError, Instant createdAt, Instant completedAt) {

    public static final String PENDING = "PENDING";
    public static final String DONE = "DONE";
    public static final String DEAD = "DEAD";
}
