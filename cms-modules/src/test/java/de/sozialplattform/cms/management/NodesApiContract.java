package de.sozialplattform.cms.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.cms.CmsTestApplication;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The management API as editors and front ends use it, over real HTTP, against a real database. Runs on H2
 * and on PostgreSQL (subclasses). Each test works in its own folder, so tests do not see each other's nodes.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class NodesApiContract {

    static final String PAGES = "/.rest/nodes/v1/pages";
    static final String BENEFITS = "/.rest/nodes/v1/benefits";

    @LocalServerPort
    int port;

    ApiClient editor;
    ApiClient admin;
    String folder;

    @BeforeEach
    void folder() {
        editor = ApiClient.as(port, "editor", "editor");
        admin = ApiClient.as(port, "admin", "admin");
        folder = "t-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(editor.put(PAGES, "{\"name\":\"" + folder + "\",\"type\":\"mgnl:folder\"}").status()).isEqualTo(201);
    }

    String page(String name, String title) {
        return """
                {"name":"%s","type":"infoPage","properties":{"title":"%s","title_en":"%s (en)",
                 "categories":["benefit"],"lastReviewed":"2026-11-01"}}""".formatted(name, title, title);
    }

    ApiClient.Response createPage(String name, String title) {
        ApiClient.Response created = editor.put(PAGES + "/" + folder, page(name, title));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    String at(String name) {
        return PAGES + "/" + folder + "/" + name;
    }

    @Test
    void createsReadsAndUpdatesAPageWithTranslations() {
        ApiClient.Response created = createPage("buergergeld", "Bürgergeld");
        assertThat(created.etag()).isEqualTo("\"1\"");
        assertThat(created.header("Location")).isEqualTo(at("buergergeld"));

        ApiClient.Response read = editor.get(at("buergergeld"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("type").asString()).isEqualTo("infoPage");
        assertThat(read.json().get("status").asString()).isEqualTo("draft");
        assertThat(read.property("title").asString()).isEqualTo("Bürgergeld");
        assertThat(read.property("title_en").asString()).isEqualTo("Bürgergeld (en)");

        ApiClient.Response updated = editor.post(at("buergergeld"), read.etag(),
                "{\"properties\":[{\"name\":\"teaser\",\"values\":[\"Geld zum Leben\"]},{\"name\":\"title_en\",\"values\":null}]}");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.etag()).isEqualTo("\"2\"");
        assertThat(updated.property("teaser").asString()).isEqualTo("Geld zum Leben");
        assertThat(updated.property("title_en")).as("a null value removes the translation").isNull();
    }

    @Test
    void writesNeedTheCurrentEtag() {
        createPage("p", "Seite");
        ApiClient.Response missing = editor.post(at("p"), null, "{\"properties\":{\"teaser\":\"x\"}}");
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");

        assertThat(editor.post(at("p"), "\"1\"", "{\"properties\":{\"teaser\":\"first\"}}").status()).isEqualTo(200);
        ApiClient.Response stale = editor.post(at("p"), "\"1\"", "{\"properties\":{\"teaser\":\"second\"}}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("detail").asString()).contains("\"2\"");
        assertThat(editor.get(at("p")).property("teaser").asString()).as("the lost update did not happen").isEqualTo("first");
        assertThat(editor.delete(at("p"), null).status()).isEqualTo(428);
        assertThat(editor.delete(at("p"), "\"1\"").status()).isEqualTo(412);
    }

    @Test
    void invalidPropertiesAreRefusedNamingEachPropertyAndNothingIsStored() {
        ApiClient.Response wrong = editor.put(PAGES + "/" + folder, """
                {"name":"bad","type":"infoPage","properties":{"title":5,"colour":"red","title_xx":"?",
                 "categories":["benefit"],"sections":[{"body":"<p>text</p>"}],"lastReviewed":"yesterday"}}""");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("type").asString()).isEqualTo("/problems/invalid-input");
        assertThat(wrong.errorFields()).containsExactlyInAnyOrder("title", "colour", "title_xx", "sections[0].heading",
                "lastReviewed");
        assertThat(editor.get(at("bad")).status()).isEqualTo(404);

        ApiClient.Response created = createPage("good", "Gut");
        ApiClient.Response missingRequired = editor.post(at("good"), created.etag(), "{\"properties\":{\"title\":null}}");
        assertThat(missingRequired.status()).isEqualTo(400);
        assertThat(missingRequired.errorFields()).containsExactly("title");
        ApiClient.Response after = editor.get(at("good"));
        assertThat(after.etag()).as("a refused update changes nothing").isEqualTo(created.etag());
        assertThat(after.property("title").asString()).isEqualTo("Gut");
    }

    @Test
    void richTextIsSanitisedOnTheWayIn() {
        ApiClient.Response created = editor.put(PAGES + "/" + folder, """
                {"name":"rich","type":"infoPage","properties":{"title":"T","categories":["benefit"],
                 "lastReviewed":"2026-11-01","summary":"<ul><li onclick=\\"steal()\\">Punkt</li></ul><script>alert(1)</script>",
                 "sections":[{"heading":"H","body":"<p>Mehr bei <a href=\\"javascript:alert(1)\\">hier</a> und <a href=\\"https://www.arbeitsagentur.de\\">BA</a></p>"}]}}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.property("summary").asString()).isEqualTo("<ul><li>Punkt</li></ul>");
        String body = created.property("sections").get(0).get("body").asString();
        assertThat(body).doesNotContain("javascript").contains("href=\"https://www.arbeitsagentur.de\"");
    }

    @Test
    void badRequestsGetProblemJsonNotServerErrors() {
        ApiClient.Response malformed = editor.put(PAGES + "/" + folder, "{\"name\": \"x\", ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("body");
        assertThat(editor.get("/.rest/nodes/v1/nowhere/x").status()).isEqualTo(404);
        assertThat(editor.get(at("missing")).json().get("status").asInt()).isEqualTo(404);
        assertThat(editor.get(at("bad%20name!")).status()).isEqualTo(400);
        assertThat(editor.get(at("x") + "@dance").status()).isEqualTo(404);
        assertThat(editor.get(PAGES + "/" + folder + "?depth=99").errorFields()).containsExactly("depth");
        assertThat(editor.put(PAGES + "/" + folder, "{\"name\":\"x\",\"type\":\"benefit\"}").errorFields())
                .as("a benefit does not belong in the pages workspace").containsExactly("type");
        assertThat(editor.put(PAGES + "/" + folder, "{\"name\":\"x/y\",\"type\":\"mgnl:folder\"}").errorFields())
                .containsExactly("name");

        String huge = "{\"name\":\"big\",\"type\":\"mgnl:folder\",\"padding\":\"" + "x".repeat(70_000) + "\"}";
        ApiClient.Response tooLarge = editor.put(PAGES + "/" + folder, huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(editor.get(at("big")).status()).isEqualTo(404);
    }

    @Test
    void publishingCreatesVersionsThatCanBeRestored() {
        ApiClient.Response created = createPage("wohngeld", "Wohngeld");
        ApiClient.Response published = editor.post(at("wohngeld") + "@publish", created.etag(), "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("published");
        assertThat(published.json().get("publishedVersion").asInt()).isEqualTo(1);

        ApiClient.Response changed = editor.post(at("wohngeld"), published.etag(), "{\"properties\":{\"title\":\"Wohngeld 2026\"}}");
        assertThat(changed.json().get("status").asString()).isEqualTo("modified");
        ApiClient.Response republished = editor.post(at("wohngeld") + "@publish", changed.etag(), "{}");
        assertThat(republished.json().get("publishedVersion").asInt()).isEqualTo(2);

        JsonNode versions = editor.get(at("wohngeld") + "@versions").json().get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("createdBy").asString()).isEqualTo("editor");
        assertThat(editor.get(at("wohngeld") + "@versions/1").json().get("properties").get("title").asString())
                .isEqualTo("Wohngeld");
        assertThat(editor.get(at("wohngeld") + "@versions/9").status()).isEqualTo(404);

        ApiClient.Response restored = editor.post(at("wohngeld") + "@restore", republished.etag(), "{\"version\":1}");
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.property("title").asString()).isEqualTo("Wohngeld");
        assertThat(restored.json().get("status").asString()).isEqualTo("modified");
    }

    @Test
    void publishAndUnpublishWithSubnodes() {
        ApiClient.Response parent = editor.get(PAGES + "/" + folder);
        createPage("a", "A");
        createPage("b", "B");
        ApiClient.Response published = editor.post(PAGES + "/" + folder + "@publish", parent.etag(), "{\"includeSubnodes\":true}");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(editor.get(at("a")).json().get("status").asString()).isEqualTo("published");
        assertThat(editor.get(at("b")).json().get("status").asString()).isEqualTo("published");
        JsonNode listed = editor.get(PAGES + "/" + folder + "@list?nodeType=infoPage&status=published").json().get("results");
        assertThat(listed).hasSize(2);

        ApiClient.Response unpublished = editor.post(PAGES + "/" + folder + "@unpublish", published.etag(), "");
        assertThat(unpublished.status()).isEqualTo(200);
        assertThat(editor.get(at("a")).json().get("status").asString()).isEqualTo("draft");
        assertThat(editor.get(PAGES + "/" + folder + "@list?status=published").json().get("results")).isEmpty();
        assertThat(editor.get(PAGES + "/" + folder + "@list?status=sleeping").errorFields()).containsExactly("status");
    }

    @Test
    void scheduledPublicationAndExpiryHappenOnTime() {
        ApiClient.Response created = createPage("later", "Später");
        String soon = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1).toString();
        ApiClient.Response scheduled = editor.post(at("later") + "@publish", created.etag(), "{\"publishAt\":\"" + soon + "\"}");
        assertThat(scheduled.json().get("status").asString()).isEqualTo("scheduled");
        await().atMost(Duration.ofSeconds(10)).until(() -> "published".equals(editor.get(at("later")).json().get("status").asString()));

        ApiClient.Response current = editor.get(at("later"));
        String expiry = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1).toString();
        ApiClient.Response expiring = editor.post(at("later") + "@publish", current.etag(), "{\"expireAt\":\"" + expiry + "\"}");
        assertThat(expiring.json().get("status").asString()).isEqualTo("published");
        await().atMost(Duration.ofSeconds(10)).until(() -> "draft".equals(editor.get(at("later")).json().get("status").asString()));
        assertThat(editor.post(at("later") + "@publish", editor.get(at("later")).etag(), "{\"expireAt\":\"2020-01-01T00:00:00Z\"}")
                .errorFields()).containsExactly("expireAt");
    }

    @Test
    void aReferencedNodeCannotBeDeletedAndTheTrashGivesNodesBack() {
        ApiClient.Response page = createPage("kindergeld", "Kindergeld");
        String pageId = page.json().get("identifier").asString();
        assertThat(editor.put(BENEFITS, "{\"name\":\"" + folder + "\",\"type\":\"mgnl:folder\"}").status()).isEqualTo(201);
        String benefit = """
                {"name":"kindergeld","type":"benefit","properties":{"finderId":"kindergeld","title":"Kindergeld","infoPage":"%s"}}""";
        ApiClient.Response created = editor.put(BENEFITS + "/" + folder, benefit.formatted(pageId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(editor.put(BENEFITS + "/" + folder, benefit.replace("\"kindergeld\",\"type", "\"other\",\"type")
                .formatted(UUID.randomUUID())).errorFields()).containsExactly("infoPage");

        ApiClient.Response refused = editor.delete(at("kindergeld"), page.etag());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("referencedBy").get(0).get("path").asString()).isEqualTo("/" + folder + "/kindergeld");
        assertThat(editor.get(at("kindergeld")).status()).isEqualTo(200);

        assertThat(editor.delete(BENEFITS + "/" + folder + "/kindergeld", created.etag()).status()).isEqualTo(204);
        assertThat(editor.delete(at("kindergeld"), page.etag()).status()).isEqualTo(204);
        assertThat(editor.get(at("kindergeld")).status()).isEqualTo(404);

        JsonNode trash = editor.get("/.rest/trash/v1/pages").json();
        assertThat(trash.findValuesAsString("id")).contains(pageId);
        ApiClient.Response sameId = editor.put(PAGES + "/" + folder, page("kopie", "Kopie")
                .replace("{\"name\"", "{\"identifier\":\"" + pageId + "\",\"name\""));
        assertThat(sameId.status()).as("the id still belongs to the node in the trash").isEqualTo(409);
        ApiClient.Response restored = editor.raw(editor.request("/.rest/trash/v1/pages/" + pageId + "/restore")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(editor.get(at("kindergeld")).property("title").asString()).isEqualTo("Kindergeld");
        assertThat(editor.delete("/.rest/trash/v1/pages/" + pageId, null).status()).as("only admins purge").isEqualTo(403);
    }

    @Test
    void movedNodesKeepARedirectFromTheirOldPath() {
        ApiClient.Response page = createPage("alt", "Alt");
        assertThat(editor.put(PAGES + "/" + folder, "{\"name\":\"neu\",\"type\":\"mgnl:folder\"}").status()).isEqualTo(201);
        ApiClient.Response moved = editor.post(at("alt") + "@move", page.etag(),
                "{\"destination\":\"/" + folder + "/neu\",\"name\":\"umgezogen\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("path").asString()).isEqualTo("/" + folder + "/neu/umgezogen");

        ApiClient.Response old = editor.get(at("alt"));
        assertThat(old.status()).isEqualTo(308);
        assertThat(old.header("Location")).isEqualTo(PAGES + "/" + folder + "/neu/umgezogen");

        ApiClient.Response intoItself = editor.post(at("neu") + "@move", editor.get(at("neu")).etag(),
                "{\"destination\":\"/" + folder + "/neu/umgezogen\"}");
        assertThat(intoItself.errorFields()).containsExactly("destination");
        createPage("alt", "Wieder da");
        assertThat(editor.get(at("alt")).status()).as("a new node at the old path wins over the redirect").isEqualTo(200);
        ApiClient.Response taken = editor.post(at("alt") + "@move", "\"1\"", "{\"destination\":\"/" + folder + "/neu\",\"name\":\"umgezogen\"}");
        assertThat(taken.status()).isEqualTo(409);
    }

    @Test
    void onlySignedInEditorsWriteAndOnlyAdminsReadTheAuditLog() {
        ApiClient anonymous = ApiClient.anonymous(port);
        ApiClient.Response denied = anonymous.get(PAGES + "/" + folder);
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ApiClient.as(port, "niemand-api", "wrong").get(PAGES).status()).isEqualTo(401);
        assertThat(editor.get("/.rest/audit/v1").status()).isEqualTo(403);

        ApiClient.Response page = createPage("audited", "Geprüft");
        editor.post(at("audited") + "@publish", page.etag(), "");
        String id = page.json().get("identifier").asString();
        JsonNode entries = admin.get("/.rest/audit/v1?node=" + id).json();
        assertThat(entries.findValuesAsString("action")).containsExactly("publish", "create");
        assertThat(entries.findValuesAsString("actor")).containsOnly("editor");
    }
}
