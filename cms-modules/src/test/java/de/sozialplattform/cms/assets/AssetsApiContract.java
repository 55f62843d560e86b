package de.sozialplattform.cms.assets;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.cms.CmsTestApplication;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploading, reading, publishing and downloading assets over real HTTP against a real database; hostile files
 * end as clear 4xx answers and leave nothing behind. Runs on H2 and PostgreSQL (subclasses).
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AssetsApiContract {

    static final String ASSETS = "/.rest/assets/v1";
    static final String NODES = "/.rest/nodes/v1/assets";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient editor;
    String folder;

    @BeforeEach
    void folder() {
        editor = ApiClient.as(port, "editor", "editor");
        folder = "t-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(editor.put(NODES, "{\"name\":\"" + folder + "\",\"type\":\"mgnl:folder\"}").status()).isEqualTo(201);
    }

    @Test
    void aPdfIsUploadedReadPublishedAndDownloaded() {
        byte[] pdf = AssetFixtures.pdf("Flyer", "Diakonie", "Beratung bei Schulden");
        ApiClient.Response created = upload(editor, "flyer.pdf", pdf, Map.of("title", "Flyer Schuldnerberatung",
                "title_en", "Debt counselling flyer"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(ASSETS + "/" + folder + "/flyer");
        var json = created.json();
        assertThat(json.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(json.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(json.get("sha256").asString()).hasSize(64);
        assertThat(json.get("pages").asInt()).isEqualTo(1);
        assertThat(json.get("title_en").asString()).isEqualTo("Debt counselling flyer");
        assertThat(json.has("text")).as("the extracted text is never part of the node").isFalse();
        String id = json.get("id").asString();
        String download = json.get("downloadUrl").asString();
        assertThat(download).isEqualTo("/dam/" + id + "/flyer.pdf");
        assertThat(jdbc.sql("SELECT text FROM asset_text WHERE node_id = ?").param(id).query(String.class).single())
                .isEqualTo("Beratung bei Schulden");

        assertThat(editor.get(ASSETS + "/" + folder + "/flyer").json().get("status").asString()).isEqualTo("draft");
        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.get(download).status()).as("not published yet").isEqualTo(404);

        publish(folder + "/flyer");
        HttpResponse<byte[]> file = bytes(anonymous.request(download).GET());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("sandbox");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        String etag = file.headers().firstValue("ETag").orElseThrow();
        assertThat(bytes(anonymous.request(download).header("If-None-Match", etag).GET()).statusCode()).isEqualTo(304);
        assertThat(anonymous.get("/dam/" + id + "/other.pdf").status()).isEqualTo(404);

        ApiClient.Response node = editor.get(NODES + "/" + folder + "/flyer");
        assertThat(editor.post(NODES + "/" + folder + "/flyer@unpublish", node.etag(), "{}").status()).isEqualTo(200);
        assertThat(anonymous.get(download).status()).as("unpublished").isEqualTo(404);
    }

    @Test
    void imagesNeedAnAltTextAndAreShownInline() {
        byte[] png = AssetFixtures.png(30, 20);
        ApiClient.Response missing = upload(editor, "logo.png", png, Map.of("title", "Logo"));
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("altText");
        assertStored(0);

        ApiClient.Response created = upload(editor, "logo.png", png, Map.of("title", "Logo", "altText",
                "Logo der Beratungsstelle: ein grünes Haus"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        publish(folder + "/logo");
        HttpResponse<byte[]> file = bytes(ApiClient.anonymous(port).request(created.json().get("downloadUrl").asString()).GET());
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
    }

    @Test
    void hostileFilesAreRefusedClearlyAndLeaveNothing() {
        assertRefused(upload(editor, "flyer.pdf", AssetFixtures.html(), Map.of()), 415, "text/html");
        assertRefused(upload(editor, "flyer.pdf", AssetFixtures.png(4, 4), Map.of("altText", "x")), 415, "image/png");
        assertRefused(upload(editor, "bomb.docx", AssetFixtures.docxZipBomb(60), Map.of()), 422, "zip bomb");
        assertRefused(upload(editor, "kaputt.pdf", AssetFixtures.brokenPdf(), Map.of()), 422, "cannot be read");
        assertRefused(upload(editor, "gross.pdf", new byte[3 * 1024 * 1024 + 10], Map.of()), 413, "larger than");
        assertRefused(upload(editor, "leer.txt", new byte[0], Map.of()), 400, "file");
        assertStored(0);
        assertThat(editor.get(NODES + "/" + folder + "?depth=1").json().get("nodes").size()).isZero();

        assertThat(upload(editor, "ok.txt", AssetFixtures.text("Alles gut"), Map.of()).status()).as("still healthy")
                .isEqualTo(201);
        assertStored(1);
    }

    @Test
    void onlyEditorsUpload() {
        assertThat(upload(ApiClient.anonymous(port), "a.txt", AssetFixtures.text("x"), Map.of()).status()).isEqualTo(401);
    }

    private void assertRefused(ApiClient.Response response, int status, String detail) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly("file");
        assertThat(response.json().get("detail").asString()).contains(detail);
    }

    private void assertStored(int count) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM node WHERE workspace = 'assets' AND path LIKE ?")
                .param("/" + folder + "/%").query(Integer.class).single()).isEqualTo(count);
    }

    private void publish(String path) {
        ApiClient.Response node = editor.get(NODES + "/" + path);
        ApiClient.Response published = editor.post(NODES + "/" + path + "@publish", node.etag(), "{}");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
    }

    ApiClient.Response upload(ApiClient client, String fileName, byte[] content, Map<String, String> fields) {
        AssetFixtures.Multipart form = AssetFixtures.multipart(fileName, content, fields);
        return client.raw(client.request(ASSETS + "/" + folder).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));
    }

    private static HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
