package de.sozialplattform.cms.content;

import de.sozialplattform.cms.support.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code node} table: live nodes have {@code trash_key = ''}, deleted ones carry their trash batch id. */
@Component
class NodeStore {

    private static final String COLUMNS = """
            id, workspace, parent_id, name, path, node_type, position, properties, lock_version, created_at, created_by,
            modified_at, modified_by, dirty, published_version, published_at, publish_at, expire_at""";
    private static final String LIVE = " trash_key = '' ";
    /** The node at {@code :path} and everything below it; bind with {@link #inSubtree}. */
    private static final String SUBTREE = " (path = :path OR SUBSTRING(path, 1, :len) = :prefix) ";

    private final JdbcClient jdbc;
    private final PropertiesJson json;

    NodeStore(JdbcClient jdbc, PropertiesJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Node node) {
        jdbc.sql("INSERT INTO node (" + COLUMNS + ", trash_key) VALUES (:id, :workspace, :parent, :name, :path, :type,"
                        + " :position, :properties, :lock, :createdAt, :createdBy, :modifiedAt, :modifiedBy, :dirty,"
                        + " :publishedVersion, :publishedAt, :publishAt, :expireAt, '')")
                .param("id", node.id().toString())
                .param("workspace", node.workspace())
                .param("parent", node.parentId() == null ? null : node.parentId().toString())
                .param("name", node.name())
                .param("path", node.path())
                .param("type", node.nodeType())
                .param("position", node.position())
                .param("properties", json.write(node.properties()))
                .param("lock", node.lockVersion())
                .param("createdAt", SqlTime.of(node.createdAt()))
                .param("createdBy", node.createdBy())
                .param("modifiedAt", SqlTime.of(node.modifiedAt()))
                .param("modifiedBy", node.modifiedBy())
                .param("dirty", node.dirty())
                .param("publishedVersion", node.publishedVersion())
                .param("publishedAt", SqlTime.of(node.publishedAt()))
                .param("publishAt", SqlTime.of(node.publishAt()))
                .param("expireAt", SqlTime.of(node.expireAt()))
                .update();
    }

    Optional<Node> byPath(String workspace, String path) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM node WHERE workspace = :ws AND path = :path AND" + LIVE)
                .param("ws", workspace).param("path", path).query(this::map).optional();
    }

    Optional<Node> byId(NodeId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM node WHERE id = :id AND" + LIVE)
                .param("id", id.toString()).query(this::map).optional();
    }

    /** Whether any node, live or in the trash, has this id. */
    boolean idTaken(NodeId id) {
        return jdbc.sql("SELECT COUNT(*) FROM node WHERE id = :id").param("id", id.toString())
                .query(Long.class).single() > 0;
    }

    /** Children in their order; {@code parent == null} lists the top level of the workspace. */
    List<Node> children(String workspace, NodeId parent) {
        String condition = parent == null ? "parent_id IS NULL" : "parent_id = :parent";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM node WHERE workspace = :ws AND " + condition + " AND" + LIVE
                + " ORDER BY position, name").param("ws", workspace);
        if (parent != null) {
            spec = spec.param("parent", parent.toString());
        }
        return spec.query(this::map).list();
    }

    /** The node at {@code path} and all live nodes below it, parents before children. */
    List<Node> subtree(String workspace, String path) {
        return inSubtree(jdbc.sql("SELECT " + COLUMNS + " FROM node WHERE workspace = :ws AND" + LIVE
                        + " AND" + SUBTREE + "ORDER BY path").param("ws", workspace), path)
                .query(this::map).list();
    }

    /** Live nodes of a workspace whose {@code property} references one of {@code targets}, in path order. */
    List<Node> referencing(String workspace, String property, java.util.Collection<String> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM node WHERE workspace = :ws AND" + LIVE
                        + " AND id IN (SELECT source_id FROM node_reference WHERE property = :property"
                        + " AND target_id IN (:targets)) ORDER BY path")
                .param("ws", workspace).param("property", property).param("targets", List.copyOf(targets))
                .query(this::map).list();
    }

    /** Live nodes of a workspace below {@code path}, optionally of one node type and status, in path order. */
    List<Node> list(String workspace, String path, String nodeType, NodeStatus status, int limit, int offset) {
        String prefix = NodePaths.ROOT.equals(path) ? "/" : path + "/";
        return jdbc.sql("SELECT " + COLUMNS + " FROM node WHERE workspace = :ws AND" + LIVE
                        + " AND SUBSTRING(path, 1, :len) = :prefix AND (:type = '' OR node_type = :type)"
                        + statusCondition(status) + " ORDER BY path LIMIT :limit OFFSET :offset")
                .param("ws", workspace).param("len", prefix.length()).param("prefix", prefix)
                .param("type", nodeType == null ? "" : nodeType).param("limit", limit).param("offset", offset)
                .query(this::map).list();
    }

    private static String statusCondition(NodeStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case DRAFT -> " AND published_version IS NULL AND publish_at IS NULL";
            case SCHEDULED -> " AND published_version IS NULL AND publish_at IS NOT NULL";
            case PUBLISHED -> " AND published_version IS NOT NULL AND dirty = FALSE";
            case MODIFIED -> " AND published_version IS NOT NULL AND dirty = TRUE";
        };
    }

    int nextPosition(String workspace, NodeId parent) {
        String condition = parent == null ? "parent_id IS NULL" : "parent_id = :parent";
        var spec = jdbc.sql("SELECT COALESCE(MAX(position), -1) + 1 FROM node WHERE workspace = :ws AND " + condition
                + " AND" + LIVE).param("ws", workspace);
        if (parent != null) {
            spec = spec.param("parent", parent.toString());
        }
        return spec.query(Integer.class).single();
    }

    /** Compare-and-set of the working copy; false when {@code expectedLock} is stale. */
    boolean updateProperties(NodeId id, long expectedLock, Map<String, Object> properties, Instant at,
            String by) {
        return jdbc.sql("""
                UPDATE node SET properties = :properties, lock_version = lock_version + 1, modified_at = :at,
                    modified_by = :by, dirty = TRUE
                WHERE id = :id AND lock_version = :lock AND trash_key = ''""")
                .param("properties", json.write(properties)).param("at", SqlTime.of(at)).param("by", by)
                .param("id", id.toString()).param("lock", expectedLock)
                .update() == 1;
    }

    /** Compare-and-set of the lock alone, for writes that change no properties (publish, move...). */
    boolean touch(NodeId id, long expectedLock, Instant at, String by) {
        return jdbc.sql("""
                UPDATE node SET lock_version = lock_version + 1, modified_at = :at, modified_by = :by
                WHERE id = :id AND lock_version = :lock AND trash_key = ''""")
                .param("at", SqlTime.of(at)).param("by", by).param("id", id.toString()).param("lock", expectedLock)
                .update() == 1;
    }

    void markPublished(NodeId id, int version, Instant at) {
        jdbc.sql("""
                UPDATE node SET published_version = :version, published_at = :at, publish_at = NULL, dirty = FALSE
                WHERE id = :id""")
                .param("version", version).param("at", SqlTime.of(at)).param("id", id.toString()).update();
    }

    void markUnpublished(NodeId id) {
        jdbc.sql("UPDATE node SET published_version = NULL, published_at = NULL, expire_at = NULL WHERE id = :id")
                .param("id", id.toString()).update();
    }

    void schedule(NodeId id, Instant publishAt, Instant expireAt) {
        jdbc.sql("UPDATE node SET publish_at = :publishAt, expire_at = :expireAt WHERE id = :id")
                .param("publishAt", SqlTime.of(publishAt)).param("expireAt", SqlTime.of(expireAt))
                .param("id", id.toString()).update();
    }

    /** Re-parents a node (its own row only); descendants follow through {@link #rewritePaths}. */
    void relocate(NodeId id, NodeId newParent, String newName, int position) {
        jdbc.sql("UPDATE node SET parent_id = :parent, name = :name, position = :position WHERE id = :id")
                .param("parent", newParent == null ? null : newParent.toString()).param("name", newName)
                .param("position", position).param("id", id.toString()).update();
    }

    /** Replaces the path prefix {@code from} by {@code to} for the live subtree at {@code from}. */
    void rewritePaths(String workspace, String from, String to) {
        inSubtree(jdbc.sql("UPDATE node SET path = :to || SUBSTRING(path, :start) WHERE workspace = :ws AND" + LIVE
                        + " AND" + SUBTREE)
                .param("to", to).param("start", from.length() + 1).param("ws", workspace), from).update();
    }

    void moveToTrash(String workspace, String path, String trashKey, Instant at, String by) {
        inSubtree(jdbc.sql("UPDATE node SET trash_key = :key, trashed_at = :at, trashed_by = :by,"
                        + " published_version = NULL, published_at = NULL, publish_at = NULL, expire_at = NULL"
                        + " WHERE workspace = :ws AND" + LIVE + " AND" + SUBTREE)
                .param("key", trashKey).param("at", SqlTime.of(at)).param("by", by).param("ws", workspace), path)
                .update();
    }

    List<TrashEntry> trash(String workspace) {
        return jdbc.sql("""
                SELECT id, path, node_type, trashed_at, trashed_by FROM node
                WHERE workspace = :ws AND trash_key = id ORDER BY trashed_at DESC""")
                .param("ws", workspace)
                .query((rs, n) -> new TrashEntry(NodeId.of(rs.getString("id")), rs.getString("path"),
                        rs.getString("node_type"), SqlTime.read(rs, "trashed_at"), rs.getString("trashed_by")))
                .list();
    }

    Optional<TrashEntry> trashEntry(String workspace, NodeId id) {
        return trash(workspace).stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /** Brings a trash batch back to life. */
    void restoreFromTrash(String trashKey) {
        jdbc.sql("UPDATE node SET trash_key = '', trashed_at = NULL, trashed_by = NULL, dirty = TRUE,"
                        + " lock_version = lock_version + 1 WHERE trash_key = :key")
                .param("key", trashKey).update();
    }

    void purgeTrash(String trashKey) {
        jdbc.sql("DELETE FROM node_reference WHERE source_id IN (SELECT id FROM node WHERE trash_key = :key)")
                .param("key", trashKey).update();
        jdbc.sql("DELETE FROM node_version WHERE node_id IN (SELECT id FROM node WHERE trash_key = :key)")
                .param("key", trashKey).update();
        jdbc.sql("DELETE FROM node WHERE trash_key = :key").param("key", trashKey).update();
    }

    List<NodeId> publishedIds() {
        return jdbc.sql("SELECT id FROM node WHERE published_version IS NOT NULL AND" + LIVE)
                .query((rs, n) -> NodeId.of(rs.getString(1))).list();
    }

    List<NodeId> duePublications(Instant now) {
        return jdbc.sql("SELECT id FROM node WHERE publish_at <= :now AND" + LIVE + " ORDER BY path")
                .param("now", SqlTime.of(now)).query((rs, n) -> NodeId.of(rs.getString(1))).list();
    }

    List<NodeId> dueExpiries(Instant now) {
        return jdbc.sql("SELECT id FROM node WHERE expire_at <= :now AND published_version IS NOT NULL AND" + LIVE)
                .param("now", SqlTime.of(now)).query((rs, n) -> NodeId.of(rs.getString(1))).list();
    }

    /** Takes a due publication for this caller; false when another replica took it first. */
    boolean claimDuePublication(NodeId id, Instant now) {
        return jdbc.sql("UPDATE node SET publish_at = NULL WHERE id = :id AND publish_at <= :now")
                .param("id", id.toString()).param("now", SqlTime.of(now)).update() == 1;
    }

    /** Takes a due expiry for this caller; false when another replica took it first. */
    boolean claimDueExpiry(NodeId id, Instant now) {
        return jdbc.sql("UPDATE node SET expire_at = NULL WHERE id = :id AND expire_at <= :now")
                .param("id", id.toString()).param("now", SqlTime.of(now)).update() == 1;
    }

    private static JdbcClient.StatementSpec inSubtree(JdbcClient.StatementSpec spec, String path) {
        return spec.param("path", path).param("len", path.length() + 1).param("prefix", path + "/");
    }

    private Node map(ResultSet rs, int row) throws SQLException {
        String parent = rs.getString("parent_id");
        Integer publishedVersion = rs.getObject("published_version", Integer.class);
        return new Node(NodeId.of(rs.getString("id")), rs.getString("workspace"), parent == null ? null : NodeId.of(parent),
                rs.getString("name"), rs.getString("path"), rs.getString("node_type"), rs.getInt("position"),
                json.read(rs.getString("properties")), rs.getLong("lock_version"), SqlTime.read(rs, "created_at"),
                rs.getString("created_by"), SqlTime.read(rs, "modified_at"), rs.getString("modified_by"),
                rs.getBoolean("dirty"), publishedVersion, SqlTime.read(rs, "published_at"),
                SqlTime.read(rs, "publish_at"), SqlTime.read(rs, "expire_at"));
    }
}
