package de.sozialplattform.webapp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's command-line entry: {@code export} from an installation (its first run imports the seed, as a
 * server start would), {@code import} into a fresh installation that never saw the seed, {@code export} there
 * again gives the same bytes. A broken file fails with a clear message and status 1 and changes nothing, even
 * with {@code --mode=replace}.
 */
class BootstrapCommandsIT {

    private static final String SEED_OFF = "--sozial.seed.enabled=false";

    @TempDir
    Path dir;

    @Test
    void exportImportIntoAFreshInstallationAndExportAgainGivesTheSameFile() throws IOException {
        String seeded = "--SOZIAL_DATA_DIR=" + dir.resolve("seeded");
        String fresh = "--SOZIAL_DATA_DIR=" + dir.resolve("fresh");

        Result export = run("export", "pages", "/leistungen", dir.resolve("first").toString(), seeded);
        assertEquals(0, export.status(), export.output());
        Path file = dir.resolve("first/pages.leistungen.yaml");
        String yaml = Files.readString(file);
        long nodes = yaml.lines().filter(line -> line.trim().startsWith("'jcr:uuid'")).count();
        long published = yaml.lines().filter(line -> line.trim().equals("'mgnl:activationStatus': true")).count();
        assertTrue(export.output().contains("Exported pages:/leistungen (" + nodes + " nodes) to "), export.output());

        Result imported = run("import", file.toString(), fresh, SEED_OFF);
        assertEquals(0, imported.status(), imported.output());
        assertTrue(imported.output().contains("Imported pages.leistungen.yaml as pages:/leistungen"), imported.output());
        assertTrue(imported.output().contains("merge: " + nodes + " created, 0 updated, 0 unchanged, " + published
                + " published, 0 removed"), imported.output());

        Path broken = Files.createDirectories(dir.resolve("broken")).resolve("pages.leistungen.yaml");
        Files.writeString(broken, yaml.replaceFirst("'topic':", "'colour':"), StandardCharsets.UTF_8);
        Result failed = run("import", broken.toString(), "--mode=replace", fresh, SEED_OFF);
        assertEquals(1, failed.status(), failed.output());
        assertTrue(failed.output().contains("import failed, nothing was imported: pages.leistungen.yaml, node /leistungen/"),
                failed.output());
        assertTrue(failed.output().contains("colour"), failed.output());

        Result again = run("export", "pages", "/leistungen", dir.resolve("second").toString(), fresh, SEED_OFF);
        assertEquals(0, again.status(), again.output());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(dir.resolve("second/pages.leistungen.yaml")),
                "export → import into a fresh installation → export gives the same file");
    }

    private record Result(int status, String output) {
    }

    /** Runs {@code java -jar sozialplattform.jar <arguments>} to its end; output and status as it left them. */
    private Result run(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", AppProcess.jar().toString()));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(dir, "command", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SOZIAL_") || key.startsWith("SPRING_")
                || key.equals("JAVA_TOOL_OPTIONS") || key.equals("JDK_JAVA_OPTIONS"));
        Process process = builder.start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", arguments) + " did not end within 120 s:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Result(process.exitValue(), Files.readString(log));
    }
}
