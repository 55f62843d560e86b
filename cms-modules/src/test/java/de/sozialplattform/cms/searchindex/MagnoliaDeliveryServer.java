package de.sozialplattform.cms.searchindex;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for a real Magnolia's Delivery API: {@code /magnolia/.rest/delivery/locations?lang=&limit=&offset=}
 * answers pages of locations in Magnolia's JSON (system properties, the organisation resolved inline, sub-models as
 * child nodes) in German or English. Location 0's organisation is not published: Magnolia shows the bare id.
 */
final class MagnoliaDeliveryServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private volatile int locations;
    private final HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    MagnoliaDeliveryServer(int locations) throws IOException {
        this.locations = locations;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/magnolia/.rest/delivery/locations", this::locations);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/magnolia/.rest/delivery");
    }

    /** From now on the API serves locations 0 … count-1 (a remote editor published or deleted some). */
    void serve(int count) {
        this.locations = count;
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    static String id(int location) {
        return UUID.nameUUIDFromBytes(("remote-" + location).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void locations(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().getRawQuery());
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        int limit = Integer.parseInt(query.get("limit"));
        int offset = Integer.parseInt(query.get("offset"));
        ObjectNode body = JSON.createObjectNode();
        ArrayNode results = body.putArray("results");
        for (int i = offset; i < Math.min(locations, offset + limit); i++) {
            results.add(location(i, query.get("lang")));
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ObjectNode location(int i, String lang) {
        boolean english = "en".equals(lang);
        String path = "/standorte/bayern/remote-" + i;
        ObjectNode node = header("remote-" + i, path, id(i), "location");
        node.put("name", "Fernberatung " + i);
        if (i == 0) {
            node.put("organisation", UUID.randomUUID().toString());
        } else {
            ObjectNode organisation = header("traeger-" + i % 7, "/traeger/traeger-" + i % 7,
                    UUID.nameUUIDFromBytes(("org-" + i % 7).getBytes(StandardCharsets.UTF_8)).toString(), "organisation");
            organisation.put("name", "Magnolia-Träger " + i % 7);
            organisation.putArray("@nodes");
            node.set("organisation", organisation);
        }
        node.putArray("types").add("schuldnerberatung");
        node.putArray("topics").add("p-konto").add("insolvenz");
        node.put("description", english ? "<p>Debt counselling " + i + "</p>" : "<p>Schuldnerberatung " + i + "</p>");
        node.put("postalCode", "80331");
        node.put("city", "München");
        node.put("latitude", 48.13);
        node.put("longitude", 11.57);
        ObjectNode hours = header("openingHours", path + "/openingHours", UUID.randomUUID().toString(), "mgnl:contentNode");
        ObjectNode first = header("0", path + "/openingHours/0", UUID.randomUUID().toString(), "mgnl:contentNode");
        first.putArray("days").add("mo");
        first.put("opens", "09:00");
        first.put("closes", "12:00");
        first.putArray("@nodes");
        hours.set("0", first);
        hours.putArray("@nodes").add("0");
        node.set("openingHours", hours);
        node.putArray("@nodes").add("openingHours");
        return node;
    }

    private static ObjectNode header(String name, String path, String id, String nodeType) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@name", name);
        node.put("@path", path);
        node.put("@id", id);
        node.put("@nodeType", nodeType);
        node.put("mgnl:created", "2026-01-10T08:00:00.000+01:00");
        node.put("mgnl:lastModified", "2026-11-28T11:00:00.000+01:00");
        return node;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
