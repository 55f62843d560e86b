package de.sozialplattform.cms.content;

import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.support.SqlTime;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.PropertyDefinition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the published side (the Delivery API's source), and of working copies for previews. */
@Service
@Transactional(readOnly = true)
public class PublishedContent {

    private static final String COLUMNS = "n.node_id, n.workspace, n.parent_id, n.name, n.path, n.node_type, n.position,"
            + " n.version_no, n.properties, n.created_at, n.modified_at";
    private static final Map<String, PublishedQuerySql.Column> SYSTEM_PROPERTIES = Map.of(
            "@name", new PublishedQuerySql.Column(PublishedQuerySql.Kind.TEXT, "n.name"),
            "@path", new PublishedQuerySql.Column(PublishedQuerySql.Kind.TEXT, "n.path"),
            "mgnl:created", new PublishedQuerySql.Column(PublishedQuerySql.Kind.TIMESTAMP, "n.created_at"),
            "mgnl:lastModified", new PublishedQuerySql.Column(PublishedQuerySql.Kind.TIMESTAMP, "n.modified_at"));

    private final JdbcClient jdbc;
    private final PropertiesJson json;
    private final ContentTypes types;
    private final ContentProperties settings;
    private final NodeStore nodes;
    private final NodeLinks links;

    PublishedContent(JdbcClient jdbc, PropertiesJson json, ContentTypes types, ContentProperties settings,
            NodeStore nodes, NodeLinks links) {
        this.jdbc = jdbc;
        this.json = json;
        this.types = types;
        this.settings = settings;
        this.nodes = nodes;
        this.links = links;
    }

    public Optional<PublishedNode> byPath(String workspace, String path) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM published_node n WHERE n.workspace = :ws AND n.path = :path")
                .param("ws", workspace).param("path", path).query(this::map).optional();
    }

    public Optional<PublishedNode> byId(NodeId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM published_node n WHERE n.node_id = :id")
                .param("id", id.toString()).query(this::map).optional();
    }

    /** Published children in their order. */
    public List<PublishedNode> children(PublishedNode parent) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM published_node n WHERE n.parent_id = :parent ORDER BY n.position, n.name")
                .param("parent", parent.id().toString()).query(this::map).list();
    }

    /** Published top-level nodes of a workspace in their order. */
    public List<PublishedNode> topLevel(String workspace) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM published_node n WHERE n.workspace = :ws AND n.parent_id IS NULL"
                        + " ORDER BY n.position, n.name")
                .param("ws", workspace).query(this::map).list();
    }

    /** Where a node that used to be at {@code path} is now published, if it was moved. */
    public Optional<PublishedNode> movedFrom(String workspace, String path) {
        return links.redirect(workspace, path).flatMap(this::byId);
    }

    /** The working copy at {@code path}, shown as if published (preview). */
    public Optional<PublishedNode> previewByPath(String workspace, String path) {
        return nodes.byPath(workspace, path).map(PublishedNode::preview);
    }

    public Optional<PublishedNode> previewById(NodeId id) {
        return nodes.byId(id).map(PublishedNode::preview);
    }

    public List<PublishedNode> previewChildren(PublishedNode parent) {
        return nodes.children(parent.workspace(), parent.id()).stream().map(PublishedNode::preview).toList();
    }

    public PublishedQuery.Page query(PublishedQuery query) {
        if (query.nodeTypes().isEmpty()) {
            return new PublishedQuery.Page(List.of(), 0); // an endpoint over a workspace without content types
        }
        List<String> langs = query.lang() == null ? List.of(settings.defaultLanguage(), "") : List.of(query.lang(), "");
        PublishedQuerySql sql = new PublishedQuerySql();
        sql.condition("n.workspace = " + sql.param(query.workspace()));
        sql.condition("n.node_type IN (" + sql.param(List.copyOf(query.nodeTypes())) + ")");
        if (!NodePaths.ROOT.equals(query.rootPath())) {
            sql.condition("(n.path = " + sql.param(query.rootPath()) + " OR SUBSTRING(n.path, 1, "
                    + sql.param(query.rootPath().length() + 1) + ") = " + sql.param(query.rootPath() + "/") + ")");
        }
        for (PublishedQuery.Filter filter : query.filters()) {
            sql.valueFilter(filter, column(query, filter.property(), filter.field()), langs);
        }
        for (String term : query.terms()) {
            String pattern = "%" + TextNormalizer.normalize(term).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            sql.condition("EXISTS (SELECT 1 FROM published_text t WHERE t.node_id = n.node_id AND t.lang = "
                    + sql.param(query.lang() == null ? settings.defaultLanguage() : query.lang())
                    + " AND t.text LIKE " + sql.param(pattern) + " ESCAPE '\\')");
        }
        List<String> order = new ArrayList<>();
        for (PublishedQuery.Order key : query.orderBy()) {
            order.add(sql.orderExpression(key.property(), column(query, key.property(), "orderBy"), langs)
                    + (key.descending() ? " DESC" : " ASC") + " NULLS LAST");
        }
        order.add("n.path");
        String where = " FROM published_node n WHERE " + sql.where();
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(sql.params()).query(Long.class).single();
        List<PublishedNode> results = jdbc.sql("SELECT " + COLUMNS + where + " ORDER BY " + String.join(", ", order)
                        + " LIMIT " + sql.param(query.limit()) + " OFFSET " + sql.param(query.offset()))
                .params(sql.params()).query(this::map).list();
        return new PublishedQuery.Page(results, total);
    }

    /** How a property named in a filter or sort key is stored; unknown names are a 400 naming {@code field}. */
    private PublishedQuerySql.Column column(PublishedQuery query, String property, String field) {
        PublishedQuerySql.Column system = SYSTEM_PROPERTIES.get(property);
        if (system != null) {
            return system;
        }
        return query.nodeTypes().stream()
                .map(nodeType -> types.find(query.workspace(), nodeType))
                .flatMap(Optional::stream)
                .map(type -> definition(type, property))
                .flatMap(Optional::stream)
                .findFirst()
                .map(definition -> PublishedQuerySql.Column.value(kind(definition)))
                .orElseThrow(() -> InvalidInputException.of(field, "'" + property + "' is not a property that can be"
                        + " filtered or sorted here"));
    }

    private static Optional<PropertyDefinition> definition(ContentType type, String property) {
        return type.property(property).filter(p -> p.type() != de.sozialplattform.lightmodules.PropertyType.SUBMODEL);
    }

    private static PublishedQuerySql.Kind kind(PropertyDefinition definition) {
        return switch (definition.type()) {
            case LONG, DOUBLE, DECIMAL -> PublishedQuerySql.Kind.NUMBER;
            case DATE -> PublishedQuerySql.Kind.DATE;
            case BOOLEAN -> PublishedQuerySql.Kind.BOOLEAN;
            default -> PublishedQuerySql.Kind.TEXT;
        };
    }

    /** Node types of a workspace that have a content type, for endpoints that do not list them. */
    public Set<String> nodeTypes(String workspace) {
        return types.nodeTypesOf(workspace);
    }

    private PublishedNode map(ResultSet rs, int row) throws SQLException {
        String parent = rs.getString("parent_id");
        return new PublishedNode(NodeId.of(rs.getString("node_id")), rs.getString("workspace"),
                parent == null ? null : NodeId.of(parent), rs.getString("name"), rs.getString("path"),
                rs.getString("node_type"), rs.getInt("position"), rs.getInt("version_no"),
                json.read(rs.getString("properties")), SqlTime.read(rs, "created_at"), SqlTime.read(rs, "modified_at"));
    }
}
