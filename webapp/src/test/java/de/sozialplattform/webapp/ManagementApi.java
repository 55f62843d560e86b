package de.sozialplattform.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The management API of a running {@link AppProcess}, called as one user (or anonymously). */
final class ManagementApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String NODES = "/.rest/nodes/v1/";

    private final AppProcess app;
    private final String authorization;

    private ManagementApi(AppProcess app, String authorization) {
        this.app = app;
        this.authorization = authorization;
    }

    static ManagementApi as(AppProcess app, String user, String password) {
        return new ManagementApi(app, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static ManagementApi anonymous(AppProcess app) {
        return new ManagementApi(app, null);
    }

    HttpResponse<String> get(String path) {
        return app.send(request(path).GET());
    }

    HttpResponse<String> put(String path, Object body) {
        return app.send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    HttpResponse<String> post(String path, String ifMatch, Object body) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return app.send(request);
    }

    /** POST of a multipart/form-data body, e.g. an asset upload. */
    HttpResponse<String> postForm(String path, String contentType, byte[] body) {
        return app.send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    /** GET of a node that must exist; returns its JSON. */
    JsonNode node(String workspace, String path, int depth) {
        HttpResponse<String> response = get(NODES + workspace + path + "?depth=" + depth);
        assertEquals(200, response.statusCode(), () -> "GET " + workspace + path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    /**
     * Creates an information page below the root of workspace {@code pages} and publishes it; both must succeed,
     * so the publish event is committed when this returns. Returns the published node.
     */
    JsonNode createAndPublishPage(String name) {
        HttpResponse<String> created = put(NODES + "pages/", Map.of("name", name, "type", "infoPage", "properties",
                Map.of("title", "Testseite " + name, "categories", List.of("benefit"), "lastReviewed", "2026-11-01")));
        assertEquals(201, created.statusCode(), () -> "create " + name + ": " + created.body());
        String etag = created.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> published = post(NODES + "pages/" + name + "@publish", etag, null);
        assertEquals(200, published.statusCode(), () -> "publish " + name + ": " + published.body());
        JsonNode node = JSON.readTree(published.body());
        assertEquals("published", node.path("status").asString(), () -> "publish " + name + ": " + published.body());
        return node;
    }

    /** Outbox records of one status (admin API). */
    List<JsonNode> outboxEvents(String status) {
        HttpResponse<String> response = get("/.rest/outbox/v1/events?status=" + status + "&limit=500");
        assertEquals(200, response.statusCode(), () -> "outbox events: " + response.body());
        List<JsonNode> events = new ArrayList<>();
        JSON.readTree(response.body()).forEach(events::add);
        return events;
    }

    /** Outbox counts: pending, done, dead (admin API). */
    JsonNode outboxCounts() {
        HttpResponse<String> response = get("/.rest/outbox/v1");
        assertEquals(200, response.statusCode(), () -> "outbox counts: " + response.body());
        return JSON.readTree(response.body());
    }

    /** The first value of a property in the Magnolia shape {@code properties: [{name, values}]}, or null. */
    static String property(JsonNode node, String name) {
        for (JsonNode property : node.path("properties")) {
            if (name.equals(property.path("name").asString(null))) {
                JsonNode values = property.path("values");
                return values.isEmpty() ? null : values.get(0).asString();
            }
        }
        return null;
    }

    /** The child nodes of a node read with depth of at least 1. */
    static List<JsonNode> children(JsonNode node) {
        List<JsonNode> children = new ArrayList<>();
        node.path("nodes").forEach(children::add);
        return children;
    }
}
