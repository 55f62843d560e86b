package de.sozialplattform.cms.searchindex;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.apache.solr.client.solrj.SolrServerException;

/**
 * Locations from a remote Delivery API, e.g. a real Magnolia's: {@code {base}/locations?lang=…&limit=…&offset=…},
 * one request per page and language, the {@code organisation} reference resolved inline by the endpoint's
 * {@code jcrReferenceResolver}. Offset paging is all Magnolia offers; a node that a concurrent change shifts out of
 * a walk is back at the next sync.
 */
class RemoteLocations implements LocationSource {

    private final String base;
    private final Duration timeout;
    private final JsonMapper json;
    private final HttpClient client;

    RemoteLocations(URI base, Duration timeout, JsonMapper json) {
        String text = base.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.timeout = timeout;
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public String name() {
        URI uri = URI.create(base);
        // never the user-info part of a URL: it may hold credentials
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getRawPath();
    }

    @Override
    public void forEachPage(PageHandler handler) throws IOException, InterruptedException, SolrServerException {
        Set<String> seen = new HashSet<>();
        boolean more = true;
        for (int offset = 0; more; offset += PAGE_SIZE) {
            Map<String, Map<String, JsonNode>> page = new LinkedHashMap<>();
            more = false;
            for (String lang : LANGUAGES) {
                List<JsonNode> results = results(lang, offset);
                more |= results.size() >= PAGE_SIZE;
                results.forEach(node -> page.computeIfAbsent(node.path("@id").asString(""), id -> new HashMap<>())
                        .put(lang, node));
            }
            page.remove("");
            if (!page.isEmpty() && !seen.addAll(page.keySet())) {
                throw new IOException("the Delivery API at " + name() + " repeats a page; does it support offset?");
            }
            handler.accept(new ArrayList<>(page.values()));
        }
    }

    private List<JsonNode> results(String lang, int offset) throws IOException, InterruptedException {
        URI uri = URI.create(base + "/" + ENDPOINT + "?lang=" + lang + "&limit=" + PAGE_SIZE + "&offset=" + offset);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("the Delivery API at " + name() + " is not reachable: " + e, e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("the Delivery API at " + name() + " answered " + response.statusCode());
        }
        try {
            JsonNode results = json.readTree(response.body()).path("results");
            if (!results.isArray()) {
                throw new IOException("the Delivery API at " + name() + " answered without a results list");
            }
            return List.copyOf(results.values());
        } catch (JacksonException e) {
            throw new IOException("the Delivery API at " + name() + " answered no JSON", e);
        }
    }
}
