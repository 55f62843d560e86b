package de.sozialplattform.cms.assets;

import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.support.SqlTime;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bytes and extracted text of assets, next to their nodes; never part of the node properties. */
@Repository
class AssetStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    AssetStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a download needs. */
    record Blob(byte[] content, String mediaType, String sha256) {
    }

    void insert(NodeId node, byte[] content, String mediaType, String sha256, String text) {
        jdbc.sql("""
                INSERT INTO asset_blob (node_id, content, media_type, size, sha256, created_at)
                VALUES (:node, :content, :type, :size, :sha, :now)""")
                .param("node", node.toString()).param("content", content).param("type", mediaType)
                .param("size", (long) content.length).param("sha", sha256).param("now", SqlTime.of(clock.instant()))
                .update();
        jdbc.sql("INSERT INTO asset_text (node_id, text) VALUES (:node, :text)")
                .param("node", node.toString()).param("text", text).update();
    }

    Optional<Blob> blob(NodeId node) {
        return jdbc.sql("SELECT content, media_type, sha256 FROM asset_blob WHERE node_id = :node")
                .param("node", node.toString())
                .query((rs, row) -> new Blob(rs.getBytes("content"), rs.getString("media_type"), rs.getString("sha256")))
                .optional();
    }

    /** Extracted texts by node id, for the given nodes that have one. */
    Map<String, String> texts(Collection<String> nodes) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (nodes.isEmpty()) {
            return texts;
        }
        jdbc.sql("SELECT node_id, text FROM asset_text WHERE node_id IN (:nodes)").param("nodes", List.copyOf(nodes))
                .query((rs, row) -> texts.put(rs.getString("node_id"), rs.getString("text"))).list();
        return texts;
    }
}
