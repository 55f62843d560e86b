package de.sozialplattform.lightmodules;

import static de.sozialplattform.lightmodules.LightModulesTest.PAGE;
import static de.sozialplattform.lightmodules.LightModulesTest.TYPES;
import static de.sozialplattform.lightmodules.LightModulesTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher reloads by itself when files change; the tests never call {@link LightModules#reload()}. */
class LightModuleWatcherTest {

    @TempDir
    Path dir;

    private LightModules modules;
    private LightModuleWatcher watcher;

    @BeforeEach
    void start() throws IOException {
        write(dir, TYPES + "page.yaml", PAGE);
        LightModulesProperties properties = new LightModulesProperties(dir, Duration.ofMillis(50));
        modules = new LightModules(properties, List.of(new ContentTypeParser()));
        watcher = new LightModuleWatcher(properties, modules);
        watcher.start();
        assertThat(watcher.isRunning()).isTrue();
        assertThat(modules.contentTypes().get("page").properties()).hasSize(1);
    }

    @AfterEach
    void stop() {
        watcher.stop();
        poll().until(() -> !watcher.isRunning());
    }

    private static ConditionFactory poll() {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20));
    }

    @Test
    void aChangedFileIsReloaded() throws IOException {
        write(dir, TYPES + "page.yaml", PAGE + """
                    - name: teaser
                      type: richText
                """);

        poll().untilAsserted(() -> assertThat(modules.contentTypes().get("page").property("teaser"))
                .hasValueSatisfying(p -> assertThat(p.type()).isEqualTo(PropertyType.RICH_TEXT)));
        assertThat(modules.problems()).isEmpty();
    }

    @Test
    void anEditorsAtomicSaveIsReloadedAndAnInvalidOneReported() throws IOException {
        // like an editor: write a temporary file, then move it over the original
        Path temp = dir.resolve(TYPES + ".page.yaml.tmp");
        Files.writeString(temp, PAGE.replace("type: String", "type: Txt"));
        Files.move(temp, dir.resolve(TYPES + "page.yaml"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);

        poll().untilAsserted(() -> assertThat(modules.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(TYPES + "page.yaml");
            assertThat(problem.line()).isEqualTo(6);
        }));
        assertThat(modules.contentTypes().get("page").property("title")).isPresent(); // last good version
    }

    @Test
    void aFileInANewModuleIsPickedUp() throws IOException {
        write(dir, "extra/contentTypes/news.yaml", PAGE.replace("pages", "news"));

        poll().until(() -> modules.contentTypes().containsKey("news"));
        assertThat(modules.workspaces()).containsExactly("news", "pages");

        Files.delete(dir.resolve("extra/contentTypes/news.yaml"));
        poll().until(() -> !modules.contentTypes().containsKey("news"));
    }
}
