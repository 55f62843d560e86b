package de.sozialplattform.webapp;

import static de.sozialplattform.webapp.ManagementApi.NODES;
import static de.sozialplattform.webapp.ManagementApi.children;
import static de.sozialplattform.webapp.ManagementApi.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sozialplattform.cms.PostgresServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The packaged jar on a fresh installation: it becomes ready with the seed content imported and published, the
 * management API shows it only to signed-in users, and a restart on the same data imports nothing twice. On
 * PostgreSQL there are no demo users unless asked for, and the administrator from the configuration works.
 */
class SeededContentIT {

    /** The benefit finder's ids: a public contract of the benefit finder. */
    static final Set<String> FINDER_IDS = Set.of("buergergeld", "hilfeZumLebensunterhalt", "grundsicherung", "wohngeld",
            "kindergeld", "kinderzuschlag", "bildungUndTeilhabe", "asylbewerberleistungen", "uebernahmeMietrueckstaende",
            "einstiegsgeld", "foerderungJungerMenschen", "hilfeBesondereSozialeSchwierigkeiten", "schuldnerberatung",
            "suchtberatung", "wohnberechtigungsschein");

    private static final String SEED_IMPORTED = "Imported seed content";

    @RegisterExtension
    final AppProcesses apps = new AppProcesses();

    @TempDir
    Path dir;

    @Test
    void onH2SeedContentIsImportedOncePublishedAndProtected() {
        AppProcess app = apps.create("SeededContentIT-h2", dir,
                List.of("--SOZIAL_DATA_DIR=" + dir.resolve("data").toAbsolutePath())).start();
        HttpResponse<String> readiness = ManagementApi.anonymous(app).get("/actuator/health/readiness");
        assertEquals(200, readiness.statusCode());
        assertEquals("UP", ManagementApi.JSON.readTree(readiness.body()).path("status").asString());
        assertTrue(app.log().contains(SEED_IMPORTED), "first start imports the seed content");

        assertUnauthorized(ManagementApi.anonymous(app).get(NODES + "pages/leistungen?depth=1"), "anonymous GET");
        assertUnauthorized(ManagementApi.anonymous(app).put(NODES + "pages/", Map.of("name", "x", "type", "infoPage")),
                "anonymous PUT");
        assertUnauthorized(ManagementApi.as(app, "editor", "wrong").get(NODES + "benefits/finder"), "wrong password");

        ManagementApi editor = ManagementApi.as(app, "editor", "editor");
        Map<String, String> pages = leistungenPages(editor);
        Map<String, String> benefits = finderBenefits(editor);
        // The README's example: the list action over the whole workspace finds the same 15 published benefits.
        HttpResponse<String> list = editor.get(NODES + "benefits/@list?nodeType=benefit&status=published&limit=500");
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(15, ManagementApi.JSON.readTree(list.body()).path("results").size(), list.body());
        browseTheSeededPagesLikeTheReadme(ManagementApi.anonymous(app));

        assertEquals(AppProcess.EXIT_SIGTERM, app.stop(), "graceful stop on SIGTERM");
        app.start();
        String restartLog = app.log();
        assertFalse(restartLog.contains(SEED_IMPORTED), "a restart imports nothing");
        assertFalse(restartLog.contains(" ERROR "), "errors on restart");
        assertFalse(restartLog.contains("BootstrapException"), "seed import failed on restart");
        assertEquals(pages, leistungenPages(editor), "the same pages with the same identifiers after a restart");
        assertEquals(benefits, finderBenefits(editor), "the same benefits with the same identifiers after a restart");
    }

    /** The README's Delivery API commands: seeded pages in German and English, without signing in. */
    private static void browseTheSeededPagesLikeTheReadme(ManagementApi anonymous) {
        JsonNode german = delivered(anonymous, "/.rest/delivery/pages/leistungen/wohngeld");
        assertEquals("Wohngeld", german.path("title").asString());
        JsonNode english = delivered(anonymous, "/.rest/delivery/pages/leistungen/wohngeld?lang=en");
        assertTrue(english.path("title").asString().startsWith("Housing benefit"), english.path("title").asString());
        JsonNode children = delivered(anonymous, "/.rest/delivery/pages/leistungen@nodes?lang=en");
        assertEquals(17, children.size(), "the 17 pages under /leistungen");
        JsonNode found = delivered(anonymous, "/.rest/delivery/pages/?q=miete&orderBy=title&lang=de");
        assertTrue(found.path("total").asInt() > 0, found.toString());
        JsonNode benefit = delivered(anonymous, "/.rest/delivery/benefits/finder/kinderzuschlag?lang=en");
        assertEquals("infoPage", benefit.path("infoPage").path("@nodeType").asString(), "the page is resolved");
    }

    private static JsonNode delivered(ManagementApi anonymous, String path) {
        HttpResponse<String> response = anonymous.get(path);
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        return ManagementApi.JSON.readTree(response.body());
    }

    @Test
    void onPostgresNoDemoUsersButTheConfiguredAdministrator() {
        String password = UUID.randomUUID().toString();
        List<String> settings = new ArrayList<>(PostgresServer.settings(PostgresServer.newDatabase()));
        settings.add("--SOZIAL_DATA_DIR=" + dir.resolve("data").toAbsolutePath());
        settings.add("--sozial.security.admin-username=ops");
        settings.add("--sozial.security.admin-password=" + password);
        AppProcess app = apps.create("SeededContentIT-postgres", dir, settings).start();

        assertUnauthorized(ManagementApi.as(app, "editor", "editor").get(NODES + "benefits/finder"), "demo user editor");
        assertUnauthorized(ManagementApi.as(app, "admin", "admin").get(NODES + "benefits/finder"), "demo user admin");
        assertUnauthorized(ManagementApi.as(app, "ops", "wrong").get(NODES + "benefits/finder"), "ops, wrong password");
        assertFalse(app.log().contains("Demo users"), "no demo users on PostgreSQL by default");
        assertTrue(app.log().contains("Administrator 'ops' set from configuration"));
        assertFalse(app.log().contains(password), "the administrator's password is never logged");

        ManagementApi ops = ManagementApi.as(app, "ops", password);
        assertEquals(FINDER_IDS, finderBenefits(ops).keySet(), "seed content on PostgreSQL");
        HttpResponse<String> outbox = ops.get("/.rest/outbox/v1");
        assertEquals(200, outbox.statusCode(), () -> "ops is an administrator: " + outbox.body());
    }

    /** Pages below /leistungen: published information pages with a German and an English title; path → id. */
    private static Map<String, String> leistungenPages(ManagementApi api) {
        List<JsonNode> pages = children(api.node("pages", "/leistungen", 1));
        assertFalse(pages.isEmpty(), "pages below /leistungen");
        Map<String, String> ids = new TreeMap<>();
        int translated = 0;
        for (JsonNode page : pages) {
            String path = page.path("path").asString();
            assertEquals("infoPage", page.path("type").asString(), path);
            assertEquals("published", page.path("status").asString(), path);
            String title = property(page, "title");
            String titleEn = property(page, "title_en");
            assertTrue(title != null && !title.isBlank(), () -> path + " has a German title");
            assertTrue(titleEn != null && !titleEn.isBlank(), () -> path + " has an English title");
            translated += title.equals(titleEn) ? 0 : 1;
            ids.put(path, page.path("identifier").asString());
        }
        assertTrue(translated > pages.size() / 2, "most English titles differ from the German ones");
        return ids;
    }

    /** The 15 published benefits below /finder; finderId → id. */
    private static Map<String, String> finderBenefits(ManagementApi api) {
        List<JsonNode> nodes = children(api.node("benefits", "/finder", 1));
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode benefit : nodes) {
            String path = benefit.path("path").asString();
            assertEquals("benefit", benefit.path("type").asString(), path);
            assertEquals("published", benefit.path("status").asString(), path);
            String title = property(benefit, "title");
            assertTrue(title != null && !title.isBlank(), () -> path + " has a title");
            String finderId = property(benefit, "finderId");
            assertFalse(ids.containsKey(finderId), () -> "finderId twice: " + finderId);
            ids.put(finderId, benefit.path("identifier").asString());
        }
        assertEquals(15, nodes.size(), "benefits below /finder");
        assertEquals(FINDER_IDS, ids.keySet());
        return new TreeMap<>(ids);
    }

    private static void assertUnauthorized(HttpResponse<String> response, String what) {
        assertEquals(401, response.statusCode(), () -> what + ": " + response.body());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(contentType.startsWith("application/problem+json"), () -> what + ": Content-Type " + contentType);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                () -> what + ": WWW-Authenticate");
        JsonNode problem = ManagementApi.JSON.readTree(response.body());
        assertEquals(401, problem.path("status").asInt(), what);
        assertEquals("Unauthorized", problem.path("title").asString(), what);
    }
}
