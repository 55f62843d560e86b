package de.sozialplattform.cms.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Export, import and the nodes endpoint over real HTTP, as an editor's tool would call them. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;

    private Http(int port, String authorization) {
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
    }

    static Http editor(int port) {
        return new Http(port, "Basic " + Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8)));
    }

    static Http anonymous(int port) {
        return new Http(port, null);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** The exported file's text; fails unless the answer is 200. */
    String export(String workspace, String path) {
        HttpResponse<String> response = get("/.rest/export/v1/" + workspace + path);
        if (response.statusCode() != 200) {
            throw new AssertionError("export of " + workspace + ":" + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** The exported file's bytes as sent; fails unless the answer is 200. */
    byte[] exportBytes(String workspace, String path) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request("/.rest/export/v1/" + workspace + path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("export of " + workspace + ":" + path + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> importYaml(String workspace, String parentPath, String query, String yaml) {
        return send(request("/.rest/import/v1/" + workspace + parentPath + (query.isEmpty() ? "" : "?" + query))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A node from the nodes endpoint with its children to {@code depth}, or {@code null} when there is none. */
    JsonNode node(String workspace, String path, int depth) {
        HttpResponse<String> response = get("/.rest/nodes/v1/" + workspace + path + "?depth=" + depth);
        return response.statusCode() == 404 ? null : json(response);
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Value of a property in Magnolia's properties list of a node, or {@code null}. */
    static JsonNode property(JsonNode node, String name) {
        for (JsonNode property : node.get("properties")) {
            if (property.get("name").asString().equals(name)) {
                JsonNode values = property.get("values");
                return property.get("multiple").asBoolean() ? values : values.get(0);
            }
        }
        return null;
    }
}
