package de.sozialplattform.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The loaded core as Solr's CoreAdmin STATUS reports it: documents and size on disk, for the report. */
final class IndexStatus {

    private IndexStatus() {
    }

    static String describe(SearchBench.Target target, JsonMapper json) throws Exception {
        URI uri = URI.create(target.nodeUrl() + "/admin/cores?action=STATUS&wt=json&core="
                + URLEncoder.encode(target.core(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode index = json.readTree(answer.body()).path("status").path(target.core()).path("index");
        return String.format(Locale.ROOT, "index: %d documents, %d segments, %.0f MB", index.path("numDocs").asLong(),
                index.path("segmentCount").asLong(), index.path("sizeInBytes").asLong() / (1024.0 * 1024.0));
    }
}
