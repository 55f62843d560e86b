package de.sozialplattform.cms.content;

import de.sozialplattform.cms.support.SqlTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the published read model ({@code published_*} tables) in the transaction of a publication change. */
@Component
class PublishedIndex {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PropertiesJson json;
    private final ContentTypes types;
    private final ContentProperties settings;

    PublishedIndex(JdbcClient jdbc, JdbcTemplate batch, PropertiesJson json, ContentTypes types,
            ContentProperties settings) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.types = types;
        this.settings = settings;
    }

    /** Makes {@code version} the public state of {@code node}. */
    void put(Node node, NodeVersion version) {
        remove(node.id());
        jdbc.sql("""
                INSERT INTO published_node (node_id, workspace, parent_id, name, path, node_type, position, version_no,
                    properties, created_at, modified_at)
                VALUES (:id, :ws, :parent, :name, :path, :type, :position, :version, :properties, :created, :modified)""")
                .param("id", node.id().toString()).param("ws", node.workspace())
                .param("parent", node.parentId() == null ? null : node.parentId().toString())
                .param("name", node.name()).param("path", node.path()).param("type", node.nodeType())
                .param("position", node.position()).param("version", version.number())
                .param("properties", json.write(version.properties()))
                .param("created", SqlTime.of(node.createdAt())).param("modified", SqlTime.of(version.createdAt()))
                .update();
        types.find(node.workspace(), node.nodeType()).ifPresent(type -> {
            String id = node.id().toString();
            List<PublishedValues.Value> values = PublishedValues.values(type, version.properties(), settings.languages());
            batch.batchUpdate("INSERT INTO published_value (node_id, name, lang, text_value, number_value, date_value,"
                    + " sort_key) VALUES (?, ?, ?, ?, ?, ?, ?)", values, values.size(), (ps, v) -> {
                        ps.setString(1, id);
                        ps.setString(2, v.name());
                        ps.setString(3, v.lang());
                        ps.setString(4, v.text());
                        ps.setObject(5, v.number(), java.sql.Types.DOUBLE);
                        ps.setString(6, v.date());
                        ps.setString(7, v.sortKey());
                    });
            Map<String, String> texts = PublishedValues.texts(type, version.properties(), settings.languages());
            batch.batchUpdate("INSERT INTO published_text (node_id, lang, text) VALUES (?, ?, ?)",
                    List.copyOf(texts.entrySet()), texts.size(), (ps, entry) -> {
                        ps.setString(1, id);
                        ps.setString(2, entry.getKey());
                        ps.setString(3, entry.getValue());
                    });
        });
    }

    void remove(NodeId id) {
        for (String table : List.of("published_value", "published_text", "published_node")) {
            jdbc.sql("DELETE FROM " + table + " WHERE node_id = :id").param("id", id.toString()).update();
        }
    }

    /** Empties the read model, before a rebuild. */
    void clear() {
        for (String table : List.of("published_value", "published_text", "published_node")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    /** Follows a move or rename: the public side shows structure as it is now. */
    void follow(Node node) {
        jdbc.sql("UPDATE published_node SET parent_id = :parent, name = :name, path = :path, position = :position"
                        + " WHERE node_id = :id")
                .param("parent", node.parentId() == null ? null : node.parentId().toString())
                .param("name", node.name()).param("path", node.path()).param("position", node.position())
                .param("id", node.id().toString()).update();
    }

    /** Whether the read model has as many nodes as are published (false after an upgrade or a manual repair). */
    boolean inStep() {
        long published = jdbc.sql("SELECT COUNT(*) FROM node WHERE published_version IS NOT NULL AND trash_key = ''")
                .query(Long.class).single();
        long indexed = jdbc.sql("SELECT COUNT(*) FROM published_node").query(Long.class).single();
        return published == indexed;
    }
}
