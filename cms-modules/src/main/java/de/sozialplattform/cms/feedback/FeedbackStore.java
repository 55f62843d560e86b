package de.sozialplattform.cms.feedback;

import de.sozialplattform.cms.support.SqlTime;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feedback queue in the database. */
@Repository
class FeedbackStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    FeedbackStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(String nodeId, String message, String contact) {
        jdbc.sql("""
                INSERT INTO advice_centre_feedback (node_id, message, contact, status, created_at)
                VALUES (:node, :message, :contact, 'OPEN', :now)""")
                .param("node", nodeId).param("message", message).param("contact", contact)
                .param("now", SqlTime.of(clock.instant()))
                .update();
    }

    List<Feedback> list(boolean open, int limit) {
        return jdbc.sql("SELECT id, node_id, message, contact, status, created_at, closed_at, closed_by"
                        + " FROM advice_centre_feedback WHERE status = :status ORDER BY created_at, id LIMIT :limit")
                .param("status", open ? "OPEN" : "CLOSED").param("limit", limit)
                .query((rs, row) -> new Feedback(rs.getLong("id"), rs.getString("node_id"), rs.getString("message"),
                        rs.getString("contact"), rs.getString("status"), SqlTime.read(rs, "created_at"),
                        SqlTime.read(rs, "closed_at"), rs.getString("closed_by")))
                .list();
    }

    /** Closes an open report; false when there is none with this id. */
    boolean close(long id, String editor) {
        return jdbc.sql("UPDATE advice_centre_feedback SET status = 'CLOSED', closed_at = :now, closed_by = :editor"
                        + " WHERE id = :id AND status = 'OPEN'")
                .param("now", SqlTime.of(clock.instant())).param("editor", editor).param("id", id)
                .update() == 1;
    }

    /** One report as editors see it. */
    record Feedback(long id, String locationId, String message, String contact, String status,
            java.time.Instant createdAt, java.time.Instant closedAt, String closedBy) {
    }
}
