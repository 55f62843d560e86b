package de.sozialplattform.cms.outbox;

import java.time.Instant;

/**
 * One event as a consumer sees it.
 *
 * @param id number of this record in the outbox table
 * @param eventId globally unique id of this record, the same on every attempt; use it as idempotency key
 * @param topic what happened, e.g. {@code content}
 * @param key what it happened to, e.g. a node id
 * @param payload JSON document written by the producer
 * @param attempt 1 on the first delivery attempt
 * @param createdAt when the event was recorded
 */
public record OutboxMessage(long id, String eventId, String topic, String key, String payload, int attempt, Instant createdAt) {
}
