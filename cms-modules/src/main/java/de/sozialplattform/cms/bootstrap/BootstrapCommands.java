package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodePaths;
import de.sozialplattform.cms.problem.ApiException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * The jar's command-line entry for bootstrap files, run against the configured database instead of the web
 * server (the main class starts Spring without one when the first argument is a command, then exits with
 * {@link #getExitCode()}): 0 done, 1 failed (nothing changed), 2 wrong usage. Runs after the seed import.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class BootstrapCommands implements ApplicationRunner, ExitCodeGenerator {

    public static final Set<String> COMMANDS = Set.of("export", "import");

    /** Defaults of a command run (the user's settings win): quiet logs, and no outbox delivery in a short run. */
    public static final Map<String, Object> SETTINGS = Map.of("sozial.outbox.enabled", "false",
            "spring.main.banner-mode", "off", "logging.level.root", "WARN");

    static final String USAGE = """
            usage: java -jar sozialplattform.jar export <workspace> <path> <directory>
                   java -jar sozialplattform.jar import <file>... [--mode=merge|replace] [--parent=<path>]
              export writes <workspace>.<path with dots>.yaml (path / writes one file per top-level node)
              import places each file's node where its name says, or below --parent""";

    private final BootstrapYamlWriter writer;
    private final BootstrapTransfer transfer;
    private final ContentReader reader;
    private final ApplicationContext context;
    private final PrintStream out = System.out;
    private int exitCode;

    BootstrapCommands(BootstrapYamlWriter writer, BootstrapTransfer transfer, ContentReader reader,
            ApplicationContext context) {
        this.writer = writer;
        this.transfer = transfer;
        this.reader = reader;
        this.context = context;
    }

    public static boolean isCommand(String... args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        // A server never runs commands, whatever its arguments.
        if (context instanceof WebApplicationContext || words.isEmpty() || !COMMANDS.contains(words.get(0))) {
            return;
        }
        try {
            if (words.get(0).equals("export")) {
                export(words);
            } else {
                importFiles(words.subList(1, words.size()), option(args, "mode", "merge"), option(args, "parent", null));
            }
        } catch (UsageException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            exitCode = 2;
        } catch (BootstrapException | ApiException e) {
            System.err.println(words.get(0) + " failed" + (words.get(0).equals("import") ? ", nothing was imported: "
                    : ": ") + e.getMessage());
            exitCode = 1;
        } catch (IOException e) {
            System.err.println(words.get(0) + " failed: " + e.getClass().getSimpleName() + " " + e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private void export(List<String> words) throws IOException {
        if (words.size() != 4) {
            throw new UsageException("export needs <workspace> <path> <directory>");
        }
        String workspace = words.get(1);
        String path = NodePaths.normalize(words.get(2));
        Path directory = Path.of(words.get(3));
        List<String> paths = NodePaths.ROOT.equals(path)
                ? reader.children(workspace, path).stream().map(Node::path).toList() : List.of(path);
        Files.createDirectories(directory);
        for (String nodePath : paths) {
            BootstrapYamlWriter.Export export = writer.write(workspace, nodePath);
            Path file = directory.resolve(export.fileName());
            Files.writeString(file, export.yaml(), StandardCharsets.UTF_8);
            out.println("Exported " + workspace + ":" + nodePath + " (" + export.nodes() + " nodes) to " + file);
        }
    }

    private void importFiles(List<String> files, String mode, String parent) throws IOException {
        if (files.isEmpty()) {
            throw new UsageException("import needs at least one file");
        }
        ImportMode importMode = ImportMode.parse(mode, "--mode");
        List<BootstrapTransfer.Source> sources = new ArrayList<>();
        for (String name : files) {
            Path file = Path.of(name);
            String fileName = file.getFileName().toString();
            if (fileName.indexOf('.') <= 0) {
                throw new UsageException(name + ": bootstrap file names are <workspace>.<path>.yaml");
            }
            sources.add(new BootstrapTransfer.Source(fileName, fileName.substring(0, fileName.indexOf('.')), parent,
                    Files.readString(file, StandardCharsets.UTF_8)));
        }
        BootstrapTransfer.Result result = transfer.importFiles(sources, importMode,
                "cli:" + System.getProperty("user.name", "unknown"));
        result.files().forEach(f -> out.println("Imported " + f.fileName() + " as " + f.workspace() + ":" + f.path()));
        out.println(importMode + ": " + result.summary());
    }

    private static String option(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : values.get(values.size() - 1);
    }

    private static final class UsageException extends RuntimeException {

        UsageException(String message) {
            super(message);
        }
    }
}
