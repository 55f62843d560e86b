package de.sozialplattform.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two sides' HTTP clients, one pair per bench client (each its own {@link HttpClient}, HTTP/1.1, keep-alive,
 * every answer read in full): the API ({@code GET /api/v1/advice-centres?…} on the application) and the raw Solr
 * baseline ({@code POST /solr/<core>/select} with the same parameters the API sends, as a form, answered in JSON).
 * Only a {@code 200} counts as an answer.
 */
final class SearchClients {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String apiBase;
    private final URI solrSelect;
    private final List<HttpClient> api;
    private final List<HttpClient> solr;

    SearchClients(String apiBase, String solrCore, int count) {
        this.apiBase = apiBase;
        this.solrSelect = URI.create(solrCore + "/select");
        this.api = IntStream.range(0, count).mapToObj(i -> client()).toList();
        this.solr = IntStream.range(0, count).mapToObj(i -> client()).toList();
    }

    boolean api(int client, SearchScenarios.Query query) throws Exception {
        return apiAnswer(client, query).statusCode() == 200;
    }

    boolean solr(int client, SearchScenarios.Query query) throws Exception {
        return solrAnswer(client, query).statusCode() == 200;
    }

    /**
     * One query sent both ways.
     *
     * @param total what the API found
     * @param difference null when the API and Solr answer with the same total and the same locations in the same
     *     order; otherwise what differs
     */
    record Comparison(long total, String difference) {
    }

    /** Sends the query both ways and compares: this checks that the baseline really sends the API's query. */
    Comparison compare(SearchScenarios.Query query, JsonMapper json) throws Exception {
        HttpResponse<byte[]> apiAnswer = apiAnswer(0, query);
        HttpResponse<byte[]> solrAnswer = solrAnswer(0, query);
        if (apiAnswer.statusCode() != 200 || solrAnswer.statusCode() != 200) {
            return new Comparison(-1, "the API answered " + apiAnswer.statusCode() + " " + text(apiAnswer)
                    + ", Solr " + solrAnswer.statusCode() + " " + text(solrAnswer));
        }
        JsonNode fromApi = json.readTree(apiAnswer.body());
        JsonNode fromSolr = json.readTree(solrAnswer.body()).get("response");
        long apiTotal = fromApi.get("total").asLong();
        long solrTotal = fromSolr.get("numFound").asLong();
        List<String> apiIds = ids(fromApi.get("results"));
        List<String> solrIds = ids(fromSolr.get("docs"));
        boolean same = apiTotal == solrTotal && apiIds.equals(solrIds);
        return new Comparison(apiTotal, same ? null
                : "the API found " + apiTotal + " " + apiIds + ", Solr " + solrTotal + " " + solrIds);
    }

    private HttpResponse<byte[]> apiAnswer(int client, SearchScenarios.Query query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiBase + query.apiPath())).timeout(TIMEOUT).GET()
                .build();
        return api.get(client).send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> solrAnswer(int client, SearchScenarios.Query query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(solrSelect).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(query.solrBody(), StandardCharsets.UTF_8)).build();
        return solr.get(client).send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static String text(HttpResponse<byte[]> answer) {
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }
}
