package de.sozialplattform.cms.content;

import de.sozialplattform.cms.support.SqlTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Versions: every publish stores the published properties as the node's next version. */
@Component
class VersionStore {

    private final JdbcClient jdbc;
    private final PropertiesJson json;

    VersionStore(JdbcClient jdbc, PropertiesJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    NodeVersion create(Node node, java.time.Instant at, String by) {
        int number = jdbc.sql("SELECT COALESCE(MAX(version_no), 0) + 1 FROM node_version WHERE node_id = :id")
                .param("id", node.id().toString()).query(Integer.class).single();
        NodeVersion version = new NodeVersion(node.id(), number, node.nodeType(), node.path(), node.properties(), at, by);
        jdbc.sql("""
                INSERT INTO node_version (node_id, version_no, node_type, path, properties, created_at, created_by)
                VALUES (:id, :no, :type, :path, :properties, :at, :by)""")
                .param("id", node.id().toString()).param("no", number).param("type", node.nodeType())
                .param("path", node.path()).param("properties", json.write(node.properties()))
                .param("at", SqlTime.of(at)).param("by", by)
                .update();
        return version;
    }

    List<NodeVersion> list(NodeId id) {
        return jdbc.sql("SELECT * FROM node_version WHERE node_id = :id ORDER BY version_no DESC")
                .param("id", id.toString()).query(this::map).list();
    }

    Optional<NodeVersion> get(NodeId id, int number) {
        return jdbc.sql("SELECT * FROM node_version WHERE node_id = :id AND version_no = :no")
                .param("id", id.toString()).param("no", number).query(this::map).optional();
    }

    private NodeVersion map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new NodeVersion(NodeId.of(rs.getString("node_id")), rs.getInt("version_no"), rs.getString("node_type"),
                rs.getString("path"), json.read(rs.getString("properties")), SqlTime.read(rs, "created_at"),
                rs.getString("created_by"));
    }
}
