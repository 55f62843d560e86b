package de.sozialplattform.bench;

import de.sozialplattform.cms.content.TextNormalizer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * One kind of read, done twice: as a Delivery API request, and as the direct JDBC read of the same rows (the
 * baseline). Each request picks its target at random: a page, a topic or a rare word.
 *
 * @param name shown in the report
 * @param pick chooses the target of one request
 * @param apiPath the Delivery API path and query for a target
 * @param sql the direct read; its rows are those the API answer shows
 * @param sqlParameters the parameters of {@code sql} for a target
 */
record Scenario(String name, Function<Random, String> pick, Function<String, String> apiPath, String sql,
        Function<String, List<Object>> sqlParameters) {

    static final String DELIVERY = "/.rest/delivery/pages";
    private static final String COLUMNS = "n.node_id, n.workspace, n.parent_id, n.name, n.path, n.node_type,"
            + " n.position, n.version_no, n.properties, n.created_at, n.modified_at";
    private static final String PAGES = "n.workspace = 'pages' AND n.node_type = 'infoPage'";
    private static final List<String> TEXT_COLUMNS = List.of("node_id", "workspace", "parent_id", "name", "node_type",
            "properties");

    /** Read one page: {@code GET /.rest/delivery/pages/<path>}. */
    static Scenario pageByPath(List<String> paths) {
        return new Scenario("one page by path", random -> paths.get(random.nextInt(paths.size())),
                path -> DELIVERY + path,
                "SELECT " + COLUMNS + " FROM published_node n WHERE n.workspace = 'pages' AND n.path = ?",
                List::of);
    }

    /** 20 pages of a topic, newest first: {@code ?topic=<t>&orderBy=mgnl:lastModified desc&limit=20}. */
    static Scenario listByTopic() {
        return new Scenario("list of 20 by topic", random -> pick(random, PageGenerator.TOPICS),
                topic -> DELIVERY + "/?topic=" + topic + "&orderBy=mgnl:lastModified%20desc&limit=20",
                "SELECT " + COLUMNS + " FROM published_node n WHERE " + PAGES + " AND EXISTS (SELECT 1 FROM"
                        + " published_value v WHERE v.node_id = n.node_id AND v.name = 'topic' AND v.lang IN ('de', '')"
                        + " AND v.text_value = ?) ORDER BY n.modified_at DESC, n.path LIMIT 20",
                List::of);
    }

    /** Full text: {@code ?q=<rare word>&limit=20}, in German, in path order. */
    static Scenario fullText() {
        return new Scenario("full text, 20 hits", random -> pick(random, PageGenerator.RARE_WORDS),
                word -> DELIVERY + "/?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8) + "&limit=20",
                "SELECT " + COLUMNS + " FROM published_node n JOIN published_text t ON t.node_id = n.node_id"
                        + " AND t.lang = 'de' WHERE " + PAGES + " AND t.text LIKE ? ORDER BY n.path LIMIT 20",
                word -> List.of("%" + TextNormalizer.normalize(word) + "%"));
    }

    /** Reads the rows of {@code target} with every column, as the application does; returns their paths. */
    List<String> readDirectly(Connection connection, String target) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            List<Object> parameters = sqlParameters.apply(target);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<String> paths = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    for (String column : TEXT_COLUMNS) {
                        rows.getString(column);
                    }
                    rows.getInt("position");
                    rows.getInt("version_no");
                    rows.getObject("created_at", OffsetDateTime.class);
                    rows.getObject("modified_at", OffsetDateTime.class);
                    paths.add(rows.getString("path"));
                }
            }
            return paths;
        }
    }

    /** The paths an API answer shows: the node's own, or those of a query's results. */
    static List<String> paths(JsonNode answer) {
        List<String> paths = new ArrayList<>();
        if (answer.has("results")) {
            answer.get("results").forEach(result -> paths.add(result.get("@path").asString()));
        } else {
            paths.add(answer.get("@path").asString());
        }
        return paths;
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
