package de.sozialplattform.cms.outbox;

import de.sozialplattform.cms.support.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox table. Claims use a lease: a conditional update that succeeds for exactly one worker, on H2 and on
 * PostgreSQL alike; a worker that dies holding a lease simply lets it run out.
 */
@Component
class OutboxStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims up to {@code limit} due records of the given consumers for {@code owner}; returns them with their
     * consumer name. Only consumers this process has are claimed: a replica without a consumer (an older version
     * during a rolling deployment) must not take records it cannot deliver and burn their attempts.
     */
    List<Claimed> claimDue(String owner, Collection<String> consumers, Duration lease, int limit) {
        if (consumers.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Long> candidates = jdbc.sql("""
                SELECT id FROM outbox_event
                WHERE status = 'PENDING' AND consumer IN (:consumers) AND next_attempt_at <= :now
                    AND (lease_until IS NULL OR lease_until < :now)
                ORDER BY id LIMIT :limit""")
                .param("consumers", consumers)
                .param("now", SqlTime.of(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
        List<Claimed> claimed = new ArrayList<>();
        for (Long id : candidates) {
            // The candidate may have changed since the SELECT: another worker may have claimed it and already
            // rescheduled it after a failure (lease released, next attempt later), so "due" is checked again here.
            int updated = jdbc.sql("""
                    UPDATE outbox_event SET lease_owner = :owner, lease_until = :until, attempts = attempts + 1
                    WHERE id = :id AND status = 'PENDING' AND next_attempt_at <= :now
                        AND (lease_until IS NULL OR lease_until < :now)""")
                    .param("owner", owner)
                    .param("until", SqlTime.of(now.plus(lease)))
                    .param("id", id)
                    .param("now", SqlTime.of(now))
                    .update();
            if (updated == 1) {
                find(id).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    private Optional<Claimed> find(long id) {
        return jdbc.sql("SELECT id, event_id, consumer, topic, event_key, payload, attempts, created_at FROM outbox_event WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Claimed(rs.getString("consumer"), new OutboxMessage(rs.getLong("id"), rs.getString("event_id"),
                        rs.getString("topic"), rs.getString("event_key"), rs.getString("payload"), rs.getInt("attempts"),
                        SqlTime.read(rs, "created_at"))))
                .optional();
    }

    /** Marks a record delivered, provided the lease is still ours. */
    boolean complete(long id, String owner) {
        return jdbc.sql("""
                UPDATE outbox_event SET status = 'DONE', completed_at = :now, lease_owner = NULL, lease_until = NULL,
                    last_error = NULL
                WHERE id = :id AND lease_owner = :owner AND status = 'PENDING'""")
                .param("now", SqlTime.of(clock.instant()))
                .param("id", id)
                .param("owner", owner)
                .update() == 1;
    }

    /** Records a failed attempt: due again after {@code retryIn}, or dead when {@code dead}. */
    void fail(long id, String owner, String error, Duration retryIn, boolean dead) {
        jdbc.sql("""
                UPDATE outbox_event SET status = :status, next_attempt_at = :next, lease_owner = NULL, lease_until = NULL,
                    last_error = :error
                WHERE id = :id AND lease_owner = :owner AND status = 'PENDING'""")
                .param("status", dead ? OutboxRecord.DEAD : OutboxRecord.PENDING)
                .param("next", SqlTime.of(clock.instant().plus(retryIn)))
                .param("error", truncate(error))
                .param("id", id)
                .param("owner", owner)
                .update();
    }

    List<OutboxRecord> list(String status, int limit, int offset) {
        return jdbc.sql("""
                SELECT id, event_id, consumer, topic, event_key, status, attempts, next_attempt_at, last_error, created_at, completed_at
                FROM outbox_event WHERE status = :status ORDER BY id LIMIT :limit OFFSET :offset""")
                .param("status", status)
                .param("limit", limit)
                .param("offset", offset)
                .query(OutboxStore::record)
                .list();
    }

    Optional<OutboxRecord> get(long id) {
        return jdbc.sql("""
                SELECT id, event_id, consumer, topic, event_key, status, attempts, next_attempt_at, last_error, created_at, completed_at
                FROM outbox_event WHERE id = :id""")
                .param("id", id)
                .query(OutboxStore::record)
                .optional();
    }

    long count(String status) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE status = :status")
                .param("status", status).query(Long.class).single();
    }

    /** Puts a dead letter back in the queue with a fresh set of attempts. */
    boolean retry(long id) {
        return jdbc.sql("""
                UPDATE outbox_event SET status = 'PENDING', attempts = 0, next_attempt_at = :now, lease_owner = NULL,
                    lease_until = NULL
                WHERE id = :id AND status = 'DEAD'""")
                .param("now", SqlTime.of(clock.instant()))
                .param("id", id)
                .update() == 1;
    }

    int purgeDelivered(Duration retention) {
        return jdbc.sql("DELETE FROM outbox_event WHERE status = 'DONE' AND completed_at < :before")
                .param("before", SqlTime.of(clock.instant().minus(retention)))
                .update();
    }

    private static OutboxRecord record(ResultSet rs, int row) throws SQLException {
        return new OutboxRecord(rs.getLong("id"), rs.getString("event_id"), rs.getString("consumer"), rs.getString("topic"),
                rs.getString("event_key"), rs.getString("status"), rs.getInt("attempts"),
                SqlTime.read(rs, "next_attempt_at"), rs.getString("last_error"), SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "completed_at"));
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    record Claimed(String consumer, OutboxMessage message) {
    }
}
