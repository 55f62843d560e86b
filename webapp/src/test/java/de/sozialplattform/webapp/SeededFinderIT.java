package de.sozialplattform.webapp;

import static de.sozialplattform.webapp.ManagementApi.NODES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The packaged jar on a fresh installation, as the README starts it: the seeded advice centres are indexed and
 * found by postal code, place, type, topic and everyday words; the index follows publishing; citizens' reports
 * reach the editors; and what citizens search for never appears in the log.
 */
class SeededFinderIT {

    private static final String SEARCH = "/api/v1/advice-centres";
    /** The organisation of "komm-pass" in the seed. */
    private static final String SEEDED_ORGANISATION = "32508915-ea9d-5fbb-bc28-152c6d12cab7";
    private static final Duration INDEXING = Duration.ofSeconds(90);

    @RegisterExtension
    final AppProcesses apps = new AppProcesses();

    @TempDir
    Path dir;

    @Test
    void theSeededFinderAnswersFollowsPublishingAndKeepsSearchesOutOfTheLog() {
        AppProcess app = apps.create("SeededFinderIT", dir,
                List.of("--SOZIAL_DATA_DIR=" + dir.resolve("data").toAbsolutePath())).start();
        ManagementApi citizen = ManagementApi.anonymous(app);
        awaitSearch(citizen, "size=1", body -> body.path("total").asLong() >= 646);

        List<String> nearby = names(search(citizen, "location=40227&radiusKm=5&type=suchtberatung&size=100"));
        assertTrue(nearby.containsAll(List.of("Fachstelle Sucht", "Drogenberatungsstelle \"komm-pass\"",
                "PSB – Psychosoziale Beratung und Begutachtung des Gesundheitsamtes Düsseldorf")), nearby.toString());
        JsonNode emmerich = search(citizen, "location=" + encode("Emmerich am Rhein") + "&q=" + encode("Glücksspiel")
                + "&radiusKm=10&lang=en");
        assertEquals("Beratungsstelle für Suchtfragen Emmerich am Rhein",
                emmerich.path("results").get(0).path("name").asString(), emmerich.toString());
        assertEquals(200, citizen.get("/api/v1/places?q=" + encode("düss")).statusCode());

        String id = followsPublishing(ManagementApi.as(app, "editor", "editor"), citizen);
        reportsReachTheEditors(app, citizen, id);

        String marker = "zqxsuchtmarker";
        search(citizen, "q=" + marker + "&location=" + encode("Düsseldorf"));
        assertFalse(app.log().contains(marker), "a search term appeared in the log");
    }

    /** A new location appears once published, changes with republishing and disappears when unpublished. */
    private static String followsPublishing(ManagementApi editor, ManagementApi citizen) {
        String parent = NODES + "adviceCentres/standorte/nordrhein-westfalen";
        HttpResponse<String> created = editor.put(parent, Map.of("name", "neue-beratung", "type", "location",
                "properties", Map.of("name", "Neue Suchtberatung am Rhein", "organisation", SEEDED_ORGANISATION,
                        "types", List.of("suchtberatung"), "topics", List.of("medien"), "street", "Rheinufer 1",
                        "postalCode", "40213", "city", "Düsseldorf")));
        assertEquals(201, created.statusCode(), created.body());
        String path = parent + "/neue-beratung";
        HttpResponse<String> published = editor.post(path + "@publish", etag(created), null);
        assertEquals(200, published.statusCode(), published.body());
        JsonNode found = awaitSearch(citizen, "q=" + encode("Neue Suchtberatung") + "&location=40213&radiusKm=2",
                body -> names(body).contains("Neue Suchtberatung am Rhein"));
        JsonNode result = found.path("results").get(0);
        assertTrue(result.path("location").path("approximate").asBoolean(), "coordinates from the PLZ: " + result);
        String id = result.path("id").asString();

        HttpResponse<String> unpublished = editor.post(path + "@unpublish", etag(published), null);
        assertEquals(200, unpublished.statusCode(), unpublished.body());
        awaitSearch(citizen, "q=" + encode("Neue Suchtberatung"), body -> !names(body).contains("Neue Suchtberatung am Rhein"));
        assertEquals(404, citizen.get(SEARCH + "/" + id).statusCode());
        HttpResponse<String> again = editor.post(path + "@publish", etag(unpublished), null);
        assertEquals(200, again.statusCode(), again.body());
        awaitSearch(citizen, "q=" + encode("Neue Suchtberatung"), body -> names(body).contains("Neue Suchtberatung am Rhein"));
        return id;
    }

    private static void reportsReachTheEditors(AppProcess app, ManagementApi citizen, String id) {
        HttpResponse<String> report = citizen.post(SEARCH + "/" + id + "/feedback", null,
                Map.of("text", "Die Telefonnummer stimmt nicht mehr."));
        assertEquals(202, report.statusCode(), report.body());
        HttpResponse<String> queue = ManagementApi.as(app, "editor", "editor").get("/.rest/feedback/v1");
        assertEquals(200, queue.statusCode(), queue.body());
        assertTrue(queue.body().contains("Die Telefonnummer stimmt nicht mehr."), queue.body());
        assertEquals(401, citizen.get("/.rest/feedback/v1").statusCode(), "the queue is for editors only");
        assertEquals(400, citizen.post(SEARCH + "/" + id + "/feedback", null, Map.of("text", " ")).statusCode());
        assertEquals(404, citizen.post(SEARCH + "/00000000-0000-0000-0000-000000000000/feedback", null,
                Map.of("text", "x")).statusCode());
        int status = 0;
        for (int i = 0; i < 10 && status != 429; i++) {
            status = citizen.post(SEARCH + "/" + id + "/feedback", null, Map.of("text", "Noch ein Hinweis " + i)).statusCode();
        }
        assertEquals(429, status, "reports are rate-limited");
    }

    private static JsonNode search(ManagementApi api, String query) {
        HttpResponse<String> response = api.get(SEARCH + "?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return ManagementApi.JSON.readTree(response.body());
    }

    private static JsonNode awaitSearch(ManagementApi api, String query, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + INDEXING.toNanos();
        JsonNode body = search(api, query);
        while (!done.test(body)) {
            assertTrue(System.nanoTime() < deadline, "the index did not catch up within " + INDEXING + ": " + body);
            AppProcess.sleep(250);
            body = search(api, query);
        }
        return body;
    }

    private static List<String> names(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.path("results").forEach(result -> names.add(result.path("name").asString()));
        return names;
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
