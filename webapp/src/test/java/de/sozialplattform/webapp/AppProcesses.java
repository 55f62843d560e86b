package de.sozialplattform.webapp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension that hands out {@link AppProcess}es to a test, ends them after it and, when the test failed,
 * prints the end of every log they wrote (the full logs stay in {@code target/it-logs/}).
 *
 * <pre>{@code @RegisterExtension final AppProcesses apps = new AppProcesses();}</pre>
 */
final class AppProcesses implements AfterEachCallback {

    private static final int TAIL_LINES = 60;

    private final List<AppProcess> created = new ArrayList<>();

    /** A new installation; not started yet. */
    AppProcess create(String name, Path workDir, List<String> settings) {
        AppProcess app = new AppProcess(name, workDir, settings);
        created.add(app);
        return app;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (context.getExecutionException().isPresent()) {
                for (AppProcess app : created) {
                    for (Path log : app.logs()) {
                        System.out.println("===== " + context.getDisplayName() + ": last " + TAIL_LINES + " lines of "
                                + log + " =====");
                        System.out.println(tail(log));
                    }
                }
            }
        } finally {
            created.forEach(AppProcess::ensureStopped);
            created.clear();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (java.io.IOException e) {
            return "(cannot read: " + e + ")";
        }
    }
}
