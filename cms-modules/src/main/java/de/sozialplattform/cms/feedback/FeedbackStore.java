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

    /** Reports in order of arrival; {@code locations} (node ids) limits them to those locations unless null. */
    List<Feedback> list(boolean open, int limit, java.util.Set<String> locations) {
        if (locations != null && locations.isEmpty()) {
            return List.of();
        }
        String only = locations == null ? "" : " AND node_id IN (:locations)";
        var query = jdbc.sql("SELECT id, node_id, message, contact, status, created_at, closed_at, closed_by"
                        + " FROM advice_centre_feedback WHERE status = :status" + only + " ORDER BY created_at, id LIMIT :limit")
                .param("status", open ? "OPEN" : "CLOSED").param("limit", limit);
        if (locations != null) {
            query = query.param("locations", List.copyOf(locations));
        }
        return query
                .query((rs, row) -> new Feedback(rs.getLong("id"), rs.getString("node_id"), rs.getString("message"),
                        rs.getString("contact"), rs.getString("status"), SqlTime.read(rs, "created_at"),
                        SqlTime.read(rs, "closed_at"), rs.getString("closed_by")))
                .list();
    }

    /** The location a report is about, if there is such a report. */
    java.util.Optional<de.sozialplattform.cms.content.NodeId> location(long id) {
        return jdbc.sql("SELECT node_id FROM advice_centre_feedback WHERE id = :id").param("id", id)
                .query(String.class).optional().map(de.sozialplattform.cms.content.NodeId::of);
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
