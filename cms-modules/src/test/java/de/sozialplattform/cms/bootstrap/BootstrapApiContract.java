package de.sozialplattform.cms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Export and import of Magnolia YAML bootstrap files over real HTTP, against a real database (H2 and PostgreSQL
 * subclasses, same Spring configuration as the management API tests so the context is shared). Tests import
 * below folders of their own, with fresh identifiers, so they do not see each other's nodes.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BootstrapApiContract {

    @LocalServerPort
    int port;

    Http editor;
    String folder;

    /** Settings of a new, empty database of this test's kind, for a second instance. */
    abstract Map<String, Object> newEmptyDatabase();

    @BeforeEach
    void folder() {
        editor = Http.editor(port);
        folder = "/t-" + UUID.randomUUID().toString().substring(0, 8);
        for (String workspace : List.of("pages", "benefits")) {
            HttpResponse<String> created = editor.putJson("/.rest/nodes/v1/" + workspace,
                    "{\"name\":\"" + folder.substring(1) + "\",\"type\":\"mgnl:folder\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
    }

    @Test
    void exportOfTheSeedWritesTheSeedFilesFormat() {
        HttpResponse<String> response = editor.get("/.rest/export/v1/pages/leistungen");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/yaml;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"pages.leistungen.yaml\"");
        assertThat(response.body()).isEqualTo(asStored(Fixtures.resource("content-export/pages.leistungen.yaml")));
        assertThat(editor.export("benefits", "/finder"))
                .as("benefits have no sub-models and no rich text: the seed file exactly")
                .isEqualTo(Fixtures.resource("content-export/benefits.finder.yaml"));
    }

    /**
     * The seed file as the repository stores and exports it: sub-model nodes carry no {@code jcr:uuid} (sub-models
     * are properties, not nodes), and rich text is sanitised (an apostrophe becomes {@code &#39;}).
     */
    private static String asStored(String seed) {
        List<String> lines = seed.lines().toList();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean subModel = i > 0 && lines.get(i - 1).trim().equals("'jcr:primaryType': 'mgnl:contentNode'");
            if (subModel && line.trim().startsWith("'jcr:uuid'")) {
                continue;
            }
            boolean richText = line.trim().matches("'(summary|body)(_[a-z]{2})?': .*");
            expected.append(richText ? line.replace("''", "&#39;") : line).append('\n');
        }
        return expected.toString();
    }

    @Test
    void roundTripThroughAnEmptyInstanceGivesIdenticalFiles() {
        Map<String, String> files = Map.of("pages:/leistungen", editor.export("pages", "/leistungen"),
                "pages:/beratung", editor.export("pages", "/beratung"),
                "benefits:/finder", editor.export("benefits", "/finder"));
        try (EmptyInstance empty = new EmptyInstance(newEmptyDatabase())) {
            Http other = Http.editor(empty.port());
            assertThat(other.node("pages", "/leistungen", 0)).as("the second instance starts empty").isNull();
            for (String key : List.of("pages:/leistungen", "pages:/beratung", "benefits:/finder")) {
                String workspace = key.substring(0, key.indexOf(':'));
                HttpResponse<String> imported = other.importYaml(workspace, "", "", files.get(key));
                assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
                JsonNode summary = Http.json(imported);
                assertThat(summary.get("path").asString()).isEqualTo(key.substring(key.indexOf(':') + 1));
                assertThat(summary.get("created").asInt()).isEqualTo(count(files.get(key), "'jcr:uuid'"));
                assertThat(summary.get("published").asInt()).isEqualTo(count(files.get(key), "'mgnl:activationStatus': true"));
            }
            for (String key : files.keySet()) {
                String[] address = key.split(":");
                assertThat(other.exportBytes(address[0], address[1])).as(key + " exported again")
                        .isEqualTo(files.get(key).getBytes(StandardCharsets.UTF_8));
            }
            assertThat(other.node("benefits", "/finder/buergergeld", 0).get("status").asString()).isEqualTo("published");
        }
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    @Test
    void aFileWrittenTheWayMagnoliaWritesItImports() {
        Fixtures fixtures = new Fixtures();
        String pages = fixtures.withFreshIds(Fixtures.resource("bootstrap/magnolia-style/pages.magnolia-export.yaml"));
        String benefits = fixtures.withFreshIds(Fixtures.resource("bootstrap/magnolia-style/benefits.magnolia-export.yaml"));

        JsonNode summary = Http.json(editor.importYaml("pages", folder, "", pages));
        assertThat(summary.get("path").asString()).isEqualTo(folder + "/magnolia-export");
        assertThat(summary.get("created").asInt()).isEqualTo(3);
        assertThat(summary.get("published").asInt()).as("only the activated page").isEqualTo(1);
        assertThat(Http.json(editor.importYaml("benefits", folder, "mode=merge", benefits)).get("created").asInt()).isEqualTo(2);

        JsonNode page = editor.node("pages", folder + "/magnolia-export/wohngeld", 0);
        assertThat(page.get("identifier").asString()).isEqualTo(fixtures.idFor("a9d2c1e4-5b6f-4e2a-8c3d-7f1e0b9a8d21"));
        assertThat(page.get("status").asString()).isEqualTo("published");
        assertThat(Http.property(page, "title").asString()).isEqualTo("Wohngeld");
        assertThat(Http.property(page, "title_en").asString()).isEqualTo("Housing benefit (Wohngeld)");
        assertThat(Http.property(page, "categories").toString()).isEqualTo("[\"benefit\",\"ozgService\"]");
        assertThat(Http.property(page, "lastReviewed").asString()).isEqualTo("2024-02-15T00:00+01:00");
        JsonNode sections = Http.property(page, "sections");
        assertThat(sections.size()).isEqualTo(2);
        assertThat(sections.get(0).get("heading_en").asString()).isEqualTo("Who gets housing benefit?");
        assertThat(sections.get(1).get("body").asString())
                .isEqualTo("<p>Bei der Wohngeldbehörde Ihrer Stadt oder Gemeinde.</p>");
        assertThat(Http.property(page, "mgnl:template")).as("Magnolia's system properties are not content").isNull();

        JsonNode draft = editor.node("pages", folder + "/magnolia-export/entwurf", 0);
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(Http.property(draft, "teaser").asString()).isEqualTo("Erste Zeile\nzweite Zeile mit 'Anführung'");
        assertThat(Http.property(draft, "reviewBy").asString()).isEqualTo("2025-03-01");
        assertThat(editor.node("pages", folder + "/magnolia-export", 0).get("status").asString()).isEqualTo("draft");

        JsonNode benefit = editor.node("benefits", folder + "/magnolia-export/wohngeld", 0);
        assertThat(benefit.get("status").asString()).isEqualTo("published");
        assertThat(Http.property(benefit, "ozgId").isIntegralNumber()).isTrue();
        assertThat(Http.property(benefit, "ozgId").asLong()).isEqualTo(10082L);
        assertThat(Http.property(benefit, "infoPage").asString()).isEqualTo(page.get("identifier").asString());
    }

    @Test
    void mergeUpdatesAndKeepsWhileReplaceRemovesForGood() {
        Map<String, String> ids = Map.of("a", UUID.randomUUID().toString(), "b", UUID.randomUUID().toString(),
                "c", UUID.randomUUID().toString());
        JsonNode first = Http.json(editor.importYaml("pages", folder, "", Fixtures.pages("set", ids, "a", "A", "b", "B")));
        assertThat(List.of(first.get("created").asInt(), first.get("published").asInt())).containsExactly(3, 2);
        String etagOfB = editor.node("pages", folder + "/set/b", 0).get("etag").asString();

        String second = Fixtures.pages("set", ids, "a", "A2", "c", "C");
        JsonNode merged = Http.json(editor.importYaml("pages", folder, "mode=merge", second));
        assertThat(summary(merged)).isEqualTo("merge created=1 updated=1 unchanged=1 published=2 removed=0");
        assertThat(Http.property(editor.node("pages", folder + "/set/a", 0), "title").asString()).isEqualTo("A2");
        assertThat(editor.node("pages", folder + "/set/b", 0).get("etag").asString()).as("b is kept as it was")
                .isEqualTo(etagOfB);
        assertThat(summary(Http.json(editor.importYaml("pages", folder, "", second))))
                .as("merging the same file again changes nothing")
                .isEqualTo("merge created=0 updated=0 unchanged=3 published=0 removed=0");

        String setId = editor.node("pages", folder + "/set", 0).get("identifier").asString();
        JsonNode replaced = Http.json(editor.importYaml("pages", folder, "mode=replace", second));
        assertThat(summary(replaced)).isEqualTo("replace created=3 updated=0 unchanged=0 published=2 removed=4");
        assertThat(editor.node("pages", folder + "/set/b", 0)).as("b was not in the file").isNull();
        assertThat(editor.node("pages", folder + "/set/a", 0).get("identifier").asString()).isEqualTo(ids.get("a"));
        assertThat(editor.get("/.rest/trash/v1/pages").body()).as("replaced nodes are purged").doesNotContain(setId);

        JsonNode set = editor.node("pages", folder + "/set", 0);
        assertThat(editor.send(editor.request("/.rest/nodes/v1/pages" + folder + "/set")
                .header("If-Match", set.get("etag").asString()).DELETE()).statusCode()).isEqualTo(204);
        JsonNode inTrash = problem(editor.importYaml("pages", folder, "", second), 409);
        assertThat(inTrash.get("detail").asString()).as("identifiers still held by the trash").contains("trash");
    }

    private static String summary(JsonNode json) {
        return json.get("mode").asString() + List.of("created", "updated", "unchanged", "published", "removed").stream()
                .map(key -> " " + key + "=" + json.get(key).asInt()).collect(Collectors.joining());
    }

    @Test
    void brokenFilesAreRefusedNamingNodeAndLineAndChangeNothing() {
        Map<String, String> ids = Map.of("a", UUID.randomUUID().toString());
        String good = Fixtures.pages("set", ids, "a", "A");
        assertThat(editor.importYaml("pages", folder, "", good).statusCode()).isEqualTo(200);
        String etagOfA = editor.node("pages", folder + "/set/a", 0).get("etag").asString();

        JsonNode syntax = problem(editor.importYaml("pages", folder, "", good + "  'x': [unclosed\n"), 400);
        assertThat(syntax.get("type").asString()).isEqualTo("/problems/invalid-file");
        assertThat(syntax.get("line").asInt()).isGreaterThan(8);

        JsonNode structure = problem(editor.importYaml("pages", folder, "", good + "  'x':\n    'title': 'no type'\n"), 400);
        assertThat(structure.get("line").asInt()).isEqualTo(11);
        assertThat(structure.get("node").asString()).isEqualTo(folder + "/set/x");
        assertThat(structure.get("detail").asString()).contains("set/x").contains("jcr:primaryType");

        String unknown = good + Fixtures.page("ok", null, "OK", "") + Fixtures.page("bad", null, "Bad", "    'colour': 'red'\n");
        JsonNode invalid = problem(editor.importYaml("pages", folder, "mode=replace", unknown), 400);
        assertThat(invalid.get("node").asString()).isEqualTo(folder + "/set/bad");
        assertThat(invalid.get("errors").get(0).get("field").asString()).isEqualTo("colour");
        assertThat(invalid.get("detail").asString()).contains("line 18");

        JsonNode missing = problem(editor.importYaml("pages", folder, "", good + Fixtures.page("untitled", null, null, "")), 400);
        assertThat(missing.get("errors").get(0).get("field").asString()).isEqualTo("title");

        assertThat(editor.node("pages", folder + "/set/ok", 0)).as("the valid node before the bad one is rolled back").isNull();
        assertThat(editor.node("pages", folder + "/set/a", 0).get("etag").asString())
                .as("the replace that failed left the old subtree").isEqualTo(etagOfA);
    }

    @Test
    void replacingAReferencedSubtreeIsRefusedAndChangesNothing() {
        Map<String, String> ids = Map.of("a", UUID.randomUUID().toString());
        String pages = Fixtures.pages("set", ids, "a", "A");
        assertThat(editor.importYaml("pages", folder, "", pages).statusCode()).isEqualTo(200);
        String benefit = "'kg':\n  'jcr:primaryType': 'benefit'\n  'finderId': 'kg'\n  'title': 'KG'\n  'infoPage': '"
                + ids.get("a") + "'\n";
        assertThat(editor.importYaml("benefits", folder, "", benefit).statusCode()).isEqualTo(200);

        JsonNode conflict = problem(editor.importYaml("pages", folder, "mode=replace", pages), 409);
        assertThat(conflict.get("referencedBy").toString()).contains(folder + "/kg");
        assertThat(editor.node("pages", folder + "/set/a", 0).get("identifier").asString()).isEqualTo(ids.get("a"));
        assertThat(editor.get("/.rest/trash/v1/pages").body()).doesNotContain(ids.get("a"));
    }

    @Test
    void onlyEditorsExportAndImportAndMistakesGetProblems() {
        Http anonymous = Http.anonymous(port);
        assertThat(anonymous.get("/.rest/export/v1/pages/leistungen").statusCode()).isEqualTo(401);
        assertThat(anonymous.importYaml("pages", folder, "", Fixtures.pages("x", Map.of())).statusCode()).isEqualTo(401);
        assertThat(editor.node("pages", folder + "/x", 0)).isNull();

        assertThat(problem(editor.get("/.rest/export/v1/pages/nowhere"), 404).get("type").asString())
                .isEqualTo("/problems/not-found");
        problem(editor.get("/.rest/export/v1/nowhere/x"), 404);
        problem(editor.get("/.rest/export/v1/pages"), 400);
        problem(editor.importYaml("pages", folder + "/missing", "", Fixtures.pages("x", Map.of())), 404);
        assertThat(problem(editor.importYaml("pages", folder, "mode=overwrite", Fixtures.pages("x", Map.of())), 400)
                .get("errors").get(0).get("field").asString()).isEqualTo("mode");
        problem(editor.send(editor.request("/.rest/import/v1/pages" + folder).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("'x': {}"))), 415);
        problem(editor.importYaml("pages", folder, "", Fixtures.pages("big", Map.of()) + "#" + "x".repeat(70_000) + "\n"), 413);
        assertThat(editor.node("pages", folder + "/big", 0)).isNull();
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return Http.json(response);
    }
}
