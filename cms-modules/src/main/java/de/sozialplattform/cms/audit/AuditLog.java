package de.sozialplattform.cms.audit;

import de.sozialplattform.cms.support.SqlTime;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records and queries audit entries. */
@Component
public class AuditLog {

    /** The upper bound of an open time range: a fixed date far ahead, which both databases store. */
    private static final java.time.Instant FAR_FUTURE = java.time.Instant.parse("9999-01-01T00:00:00Z");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ActorOrganisations organisations;

    AuditLog(JdbcClient jdbc, Clock clock, ActorOrganisations organisations) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.organisations = organisations;
    }

    /**
     * Records an action in the caller's transaction, so it is logged exactly when it happened. A centre
     * maintainer's organisations are recorded with it as they are at this moment: memberships change later.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String workspace, String nodeId, String path, String detail) {
        var actingFor = new TreeSet<>(organisations.of(actor));
        jdbc.sql("""
                INSERT INTO audit_log (at, actor, action, workspace, node_id, path, detail, organisations)
                VALUES (:at, :actor, :action, :ws, :node, :path, :detail, :orgs)""")
                .param("at", SqlTime.of(clock.instant())).param("actor", actor).param("action", action)
                .param("ws", workspace).param("node", nodeId).param("path", path).param("detail", detail)
                .param("orgs", actingFor.isEmpty() ? null : String.join(",", actingFor))
                .update();
    }

    /** Newest first; every filter is optional (null or empty means any). */
    public List<AuditEntry> find(AuditQuery query) {
        return jdbc.sql("""
                SELECT id, at, actor, action, workspace, node_id, path, detail, organisations FROM audit_log
                WHERE (:actor = '' OR actor = :actor) AND (:action = '' OR action = :action)
                  AND (:ws = '' OR workspace = :ws) AND (:node = '' OR node_id = :node)
                  AND (:org = '' OR ',' || organisations || ',' LIKE :orgLike)
                  AND at >= :since AND at < :until
                ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .param("actor", nullToEmpty(query.actor())).param("action", nullToEmpty(query.action()))
                .param("ws", nullToEmpty(query.workspace())).param("node", nullToEmpty(query.nodeId()))
                .param("org", nullToEmpty(query.organisation()))
                .param("orgLike", "%," + nullToEmpty(query.organisation()).replaceAll("[%_]", "") + ",%")
                .param("since", SqlTime.of(query.since() == null ? java.time.Instant.EPOCH : query.since()))
                .param("until", SqlTime.of(query.until() == null ? FAR_FUTURE : query.until()))
                .param("limit", query.limit()).param("offset", query.offset())
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), SqlTime.read(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("workspace"), rs.getString("node_id"),
                        rs.getString("path"), rs.getString("detail"), rs.getString("organisations")))
                .list();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Filters of {@link #find}; {@code since} inclusive, {@code until} exclusive, both optional. */
    public record AuditQuery(String actor, String action, String workspace, String nodeId, String organisation,
            java.time.Instant since, java.time.Instant until, int limit, int offset) {
    }
}
