package de.sozialplattform.webapp;

import static de.sozialplattform.webapp.ManagementApi.NODES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * An operator edits the light modules of a running system: a new property becomes usable without restart, and
 * a broken file is reported with file, line and reason while the last good definition keeps working.
 */
class LightModulesReloadIT {

    private static final String INFO_PAGE = "sozialplattform/contentTypes/infoPage.yaml";

    @RegisterExtension
    final AppProcesses apps = new AppProcesses();

    @TempDir
    Path dir;

    @Test
    void editedDefinitionsApplyWithoutRestartAndBrokenOnesKeepTheLastGoodVersion() throws IOException {
        Path modules = dir.resolve("light-modules");
        copy(repoRoot().resolve("light-modules/sozialplattform"), modules.resolve("sozialplattform"));
        AppProcess app = apps.create("LightModulesReloadIT", dir, List.of(
                "--SOZIAL_DATA_DIR=" + dir.resolve("data").toAbsolutePath(),
                "--SOZIAL_LIGHT_MODULES_DIR=" + modules.toAbsolutePath())).start();
        ManagementApi editor = ManagementApi.as(app, "editor", "editor");
        ManagementApi admin = ManagementApi.as(app, "admin", "admin");
        assertThat(definitions(admin).path("problems")).isEmpty();

        HttpResponse<String> refused = editor.put(NODES + "pages/", page("vorher"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"audience\"");

        Path infoPage = modules.resolve(INFO_PAGE);
        String original = Files.readString(infoPage);
        String extended = original.replace("  subModels:",
                "    - name: audience\n      type: String\n      i18n: true\n  subModels:");
        Files.writeString(infoPage, extended);
        await().atMost(Duration.ofSeconds(15)).until(() -> editor.put(NODES + "pages/", page("nachher")).statusCode() == 201);

        Files.writeString(infoPage, extended.replaceFirst("type: richText", "type: richTxt"));
        await().atMost(Duration.ofSeconds(15)).until(() -> !definitions(admin).path("problems").isEmpty());
        JsonNode problem = definitions(admin).path("problems").get(0);
        assertThat(problem.path("file").asString()).isEqualTo(INFO_PAGE);
        assertThat(problem.path("line").asInt()).isEqualTo(lineOf(extended, "type: richText"));
        assertThat(problem.path("reason").asString()).contains("richTxt");
        assertThat(app.log()).contains(INFO_PAGE + ":" + problem.path("line").asInt());
        assertThat(editor.put(NODES + "pages/", page("trotzdem")).statusCode())
                .as("the last good definition (with audience) stays in force").isEqualTo(201);
    }

    private static Map<String, Object> page(String name) {
        return Map.of("name", name, "type", "infoPage", "properties", Map.of("title", "Seite " + name,
                "categories", List.of("benefit"), "lastReviewed", "2026-11-01", "audience", "Familien"));
    }

    private static JsonNode definitions(ManagementApi admin) {
        HttpResponse<String> response = admin.get("/.rest/light-modules/v1");
        assertThat(response.statusCode()).isEqualTo(200);
        return ManagementApi.JSON.readTree(response.body());
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Path repoRoot() {
        return Path.of(System.getProperty("sozial.test.repo-root", "..")).toAbsolutePath().normalize();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
