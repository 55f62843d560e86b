package de.sozialplattform.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sozialplattform.cms.assets.AssetFixtures;
import java.net.http.HttpResponse;
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
 * Uploads through the packaged jar, where Tika's fork parser must start its child JVMs from the nested jars of
 * the executable jar: real and hostile files, and a flyer whose text makes its advice centre findable while the
 * flyer is published, and no longer once it is not.
 */
class AssetsIT {

    private static final String SEARCH = "/api/v1/advice-centres";
    private static final String ASSETS = "/.rest/assets/v1";
    /** The organisation of "komm-pass" in the seed. */
    private static final String SEEDED_ORGANISATION = "32508915-ea9d-5fbb-bc28-152c6d12cab7";
    private static final Duration INDEXING = Duration.ofSeconds(90);
    private static final String RARE_WORD = "quokkaflyerwort";

    @RegisterExtension
    final AppProcesses apps = new AppProcesses();

    @TempDir
    Path dir;

    @Test
    void aPublishedFlyerMakesItsCentreFindableAndHostileFilesAreRefused() {
        AppProcess app = apps.create("AssetsIT", dir,
                List.of("--SOZIAL_DATA_DIR=" + dir.resolve("data").toAbsolutePath())).start();
        ManagementApi editor = ManagementApi.as(app, "editor", "editor");
        ManagementApi citizen = ManagementApi.anonymous(app);
        awaitSearch(citizen, "size=1", body -> body.path("total").asLong() >= 646);

        long started = System.nanoTime();
        HttpResponse<String> flyer = upload(editor, "flyer.pdf", AssetFixtures.pdf("Flyer", "Diakonie",
                "Offene Sprechstunde " + RARE_WORD), Map.of("title", "Flyer"));
        System.out.printf("first upload through the jar (child JVM start + parse): %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        assertEquals(201, flyer.statusCode(), flyer.body());
        started = System.nanoTime();
        HttpResponse<String> second = upload(editor, "zweiter.pdf", AssetFixtures.pdf("Zwei", "Test", "Seite"), Map.of());
        System.out.printf("second upload (warm child): %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertEquals(201, second.statusCode(), second.body());
        JsonNode asset = ManagementApi.JSON.readTree(flyer.body());
        assertEquals("application/pdf", asset.path("mediaType").asString());

        refused(upload(editor, "bild.pdf", AssetFixtures.html(), Map.of()), 415);
        refused(upload(editor, "bomb.docx", AssetFixtures.docxZipBomb(60), Map.of()), 422);
        refused(upload(editor, "kaputt.pdf", AssetFixtures.brokenPdf(), Map.of()), 422);
        assertEquals(200, citizen.get("/actuator/health/readiness").statusCode(), "still healthy");

        String assetNode = ManagementApi.NODES + "assets" + asset.path("path").asString();
        String parent = ManagementApi.NODES + "adviceCentres/standorte/nordrhein-westfalen";
        HttpResponse<String> location = editor.put(parent, Map.of("name", "flyer-beratung", "type", "location",
                "properties", Map.of("name", "Beratung mit Flyer", "organisation", SEEDED_ORGANISATION,
                        "types", List.of("suchtberatung"), "postalCode", "40213", "city", "Düsseldorf",
                        "attachments", List.of(asset.path("id").asString()))));
        assertEquals(201, location.statusCode(), location.body());
        HttpResponse<String> published = editor.post(parent + "/flyer-beratung@publish", etag(location), null);
        assertEquals(200, published.statusCode(), published.body());
        HttpResponse<String> assetPublished = editor.post(assetNode + "@publish", etag(editor.get(assetNode)), null);
        assertEquals(200, assetPublished.statusCode(), assetPublished.body());

        awaitSearch(citizen, "q=" + RARE_WORD, body -> names(body).contains("Beratung mit Flyer"));
        HttpResponse<String> download = citizen.get(asset.path("downloadUrl").asString());
        assertEquals(200, download.statusCode());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());

        HttpResponse<String> unpublished = editor.post(assetNode + "@unpublish", etag(assetPublished), null);
        assertEquals(200, unpublished.statusCode(), unpublished.body());
        awaitSearch(citizen, "q=" + RARE_WORD, body -> !names(body).contains("Beratung mit Flyer"));
        assertEquals(404, citizen.get(asset.path("downloadUrl").asString()).statusCode());
    }

    private static HttpResponse<String> upload(ManagementApi api, String name, byte[] content, Map<String, String> fields) {
        AssetFixtures.Multipart form = AssetFixtures.multipart(name, content, fields);
        return api.postForm(ASSETS + "/", form.contentType(), form.body());
    }

    private static void refused(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"field\":\"file\""), response.body());
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

    private static JsonNode search(ManagementApi api, String query) {
        HttpResponse<String> response = api.get(SEARCH + "?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return ManagementApi.JSON.readTree(response.body());
    }

    private static List<String> names(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.path("results").forEach(result -> names.add(result.path("name").asString()));
        return names;
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }
}
