package de.sozialplattform.cms.review;

import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.support.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code review_request} and {@code review_reminder} tables. State changes are conditional updates on the
 * request's status (and pinned lock version), so two reviewers deciding at once cannot both succeed.
 */
@Repository
class ReviewStore {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, node_id, organisation_id, path, kind, status, lock_version, properties, submitted_by, submitted_at,
            submitter_note, decided_by, decided_at, decision_note""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReviewStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records an open request; the unique {@code open_node_id} refuses a second open one for the node. */
    long insert(NodeId node, String organisation, String path, ReviewKind kind, long lock, Map<String, Object> properties,
            String by, Instant at, String note) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO review_request (node_id, open_node_id, organisation_id, path, kind, status, lock_version,
                    properties, submitted_by, submitted_at, submitter_note)
                VALUES (:node, :node, :org, :path, :kind, 'OPEN', :lock, :properties, :by, :at, :note)""")
                .param("node", node.toString()).param("org", organisation).param("path", path)
                .param("kind", kind.name()).param("lock", lock).param("properties", json.writeValueAsString(properties))
                .param("by", by).param("at", SqlTime.of(at)).param("note", note)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Pins an open request to a newer submission of the same node; false when it is no longer open. */
    boolean renew(long id, ReviewKind kind, String path, long lock, Map<String, Object> properties, String by, Instant at,
            String note) {
        return jdbc.sql("""
                UPDATE review_request SET kind = :kind, path = :path, lock_version = :lock, properties = :properties,
                    submitted_by = :by, submitted_at = :at, submitter_note = :note
                WHERE id = :id AND status = 'OPEN'""")
                .param("kind", kind.name()).param("path", path).param("lock", lock)
                .param("properties", json.writeValueAsString(properties)).param("by", by).param("at", SqlTime.of(at))
                .param("note", note).param("id", id)
                .update() == 1;
    }

    /** Closes an open request still pinned to {@code lock}; false when someone else decided or it was renewed. */
    boolean decide(long id, long lock, ReviewStatus status, String by, Instant at, String note) {
        return jdbc.sql("""
                UPDATE review_request SET status = :status, open_node_id = NULL, decided_by = :by, decided_at = :at,
                    decision_note = :note
                WHERE id = :id AND status = 'OPEN' AND lock_version = :lock""")
                .param("status", status.name()).param("by", by).param("at", SqlTime.of(at)).param("note", note)
                .param("id", id).param("lock", lock)
                .update() == 1;
    }

    Optional<ReviewRequest> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_request WHERE id = :id").param("id", id)
                .query(this::map).optional();
    }

    Optional<ReviewRequest> openFor(NodeId node) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_request WHERE open_node_id = :node")
                .param("node", node.toString()).query(this::map).optional();
    }

    /**
     * Requests oldest first. {@code status} {@code null} means any; {@code organisations} {@code null} means every
     * organisation (staff), otherwise only those; {@code submittedBy} {@code null} means anyone.
     */
    List<ReviewRequest> list(ReviewStatus status, Collection<String> organisations, String submittedBy, int limit,
            int offset) {
        if (organisations != null && organisations.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            where.append(" AND status = :status");
        }
        if (organisations != null) {
            where.append(" AND organisation_id IN (:orgs)");
        }
        if (submittedBy != null) {
            where.append(" AND submitted_by = :by");
        }
        // Open requests are worked through oldest first; decided ones are looked up newest first.
        String order = status == ReviewStatus.OPEN ? " ORDER BY submitted_at, id" : " ORDER BY submitted_at DESC, id DESC";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM review_request" + where + order + " LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset);
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        if (organisations != null) {
            spec = spec.param("orgs", List.copyOf(organisations));
        }
        if (submittedBy != null) {
            spec = spec.param("by", submittedBy);
        }
        return spec.query(this::map).list();
    }

    /** Whether a reminder for this node and due date went out already. */
    boolean reminded(NodeId node, LocalDate due) {
        return jdbc.sql("SELECT COUNT(*) FROM review_reminder WHERE node_id = :node AND due_date = :due")
                .param("node", node.toString()).param("due", due.toString()).query(Long.class).single() > 0;
    }

    /**
     * Claims the reminder for this node and due date. The primary key makes a second claim fail (a
     * {@code DuplicateKeyException} that rolls back the caller's transaction), so of several replicas one sends it.
     */
    void claimReminder(NodeId node, LocalDate due, Instant at) {
        jdbc.sql("INSERT INTO review_reminder (node_id, due_date, sent_at) VALUES (:node, :due, :at)")
                .param("node", node.toString()).param("due", due.toString()).param("at", SqlTime.of(at)).update();
    }

    private ReviewRequest map(ResultSet rs, int row) throws SQLException {
        return new ReviewRequest(rs.getLong("id"), NodeId.of(rs.getString("node_id")), rs.getString("organisation_id"),
                rs.getString("path"), ReviewKind.valueOf(rs.getString("kind")), ReviewStatus.valueOf(rs.getString("status")),
                rs.getLong("lock_version"), json.readValue(rs.getString("properties"), MAP), rs.getString("submitted_by"),
                SqlTime.read(rs, "submitted_at"), rs.getString("submitter_note"), rs.getString("decided_by"),
                SqlTime.read(rs, "decided_at"), rs.getString("decision_note"));
    }
}
