package de.sozialplattform.cms.audit;

import de.sozialplattform.cms.support.SqlTime;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records and queries audit entries. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action in the caller's transaction, so it is logged exactly when it happened. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String workspace, String nodeId, String path, String detail) {
        jdbc.sql("""
                INSERT INTO audit_log (at, actor, action, workspace, node_id, path, detail)
                VALUES (:at, :actor, :action, :ws, :node, :path, :detail)""")
                .param("at", SqlTime.of(clock.instant())).param("actor", actor).param("action", action)
                .param("ws", workspace).param("node", nodeId).param("path", path).param("detail", detail)
                .update();
    }

    /** Newest first; every filter is optional (null or empty means any). */
    public List<AuditEntry> find(AuditQuery query) {
        return jdbc.sql("""
                SELECT id, at, actor, action, workspace, node_id, path, detail FROM audit_log
                WHERE (:actor = '' OR actor = :actor) AND (:action = '' OR action = :action)
                  AND (:ws = '' OR workspace = :ws) AND (:node = '' OR node_id = :node)
                ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .param("actor", nullToEmpty(query.actor())).param("action", nullToEmpty(query.action()))
                .param("ws", nullToEmpty(query.workspace())).param("node", nullToEmpty(query.nodeId()))
                .param("limit", query.limit()).param("offset", query.offset())
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), SqlTime.read(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("workspace"), rs.getString("node_id"),
                        rs.getString("path"), rs.getString("detail")))
                .list();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Filters of {@link #find}. */
    public record AuditQuery(String actor, String action, String workspace, String nodeId, int limit, int offset) {
    }
}
