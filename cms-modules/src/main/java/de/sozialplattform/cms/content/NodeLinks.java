package de.sozialplattform.cms.content;

import de.sozialplattform.cms.support.SqlTime;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** References between nodes and redirects from the old paths of moved nodes. */
@Component
class NodeLinks {

    private final JdbcClient jdbc;

    NodeLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replaceReferences(NodeId source, Collection<PropertyValidator.Reference> references) {
        jdbc.sql("DELETE FROM node_reference WHERE source_id = :source").param("source", source.toString()).update();
        references.stream().map(r -> List.of(baseProperty(r.property()), r.targetId())).distinct().forEach(r ->
                jdbc.sql("INSERT INTO node_reference (source_id, property, target_id) VALUES (:source, :property, :target)")
                        .param("source", source.toString()).param("property", r.get(0)).param("target", r.get(1))
                        .update());
    }

    /** Live nodes outside {@code excludedPathPrefix} that reference any of {@code targets}. */
    List<Referrer> referrers(Collection<NodeId> targets, String workspace, String subtreePath) {
        if (targets.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT n.id, n.workspace, n.path, r.property FROM node_reference r JOIN node n ON n.id = r.source_id
                WHERE r.target_id IN (:targets) AND n.trash_key = ''
                  AND NOT (n.workspace = :ws AND (n.path = :path OR SUBSTRING(n.path, 1, :len) = :prefix))
                ORDER BY n.path""")
                .param("targets", targets.stream().map(NodeId::toString).toList())
                .param("ws", workspace).param("path", subtreePath)
                .param("len", subtreePath.length() + 1).param("prefix", subtreePath + "/")
                .query((rs, n) -> new Referrer(rs.getString("id"), rs.getString("workspace"), rs.getString("path"),
                        rs.getString("property")))
                .list();
    }

    void addRedirect(String workspace, String oldPath, NodeId target, Instant at) {
        jdbc.sql("DELETE FROM node_redirect WHERE workspace = :ws AND old_path = :path")
                .param("ws", workspace).param("path", oldPath).update();
        jdbc.sql("INSERT INTO node_redirect (workspace, old_path, node_id, created_at) VALUES (:ws, :path, :id, :at)")
                .param("ws", workspace).param("path", oldPath).param("id", target.toString()).param("at", SqlTime.of(at))
                .update();
    }

    Optional<NodeId> redirect(String workspace, String oldPath) {
        return jdbc.sql("SELECT node_id FROM node_redirect WHERE workspace = :ws AND old_path = :path")
                .param("ws", workspace).param("path", oldPath)
                .query((rs, n) -> NodeId.of(rs.getString(1))).optional();
    }

    /** A path taken by a live node again no longer redirects. */
    void dropRedirect(String workspace, String path) {
        jdbc.sql("DELETE FROM node_redirect WHERE workspace = :ws AND old_path = :path")
                .param("ws", workspace).param("path", path).update();
    }

    /** {@code sections[0].target} is stored under its top-level property {@code sections}. */
    private static String baseProperty(String path) {
        int cut = path.length();
        for (char c : new char[] {'[', '.'}) {
            int i = path.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return path.substring(0, cut);
    }

    /** A node that references another. */
    public record Referrer(String id, String workspace, String path, String property) {
    }
}
