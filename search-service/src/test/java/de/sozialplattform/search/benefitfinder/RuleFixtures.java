package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.LightModulesProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The shipped light modules as the rule tests read them, and a way to write rule files for the parser tests. */
final class RuleFixtures {

    /** Surefire runs in the module directory; the light modules of the checkout sit next to it. */
    static final Path SHIPPED = Path.of("..", "light-modules");
    static final String RULES = "sozialplattform/" + RuleParser.FOLDER + "/";

    private RuleFixtures() {
    }

    static LightModules load(Path dir) {
        return new LightModules(new LightModulesProperties(dir, Duration.ofMillis(50)), List.of(new RuleParser()));
    }

    static void write(Path root, String relative, String content) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
