package de.sozialplattform.lightmodules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads all files of the light modules, keyed by their path relative to the light-modules root. */
final class LightModuleFiles {

    static final String CLASSPATH_ROOT = "light-modules/";

    private LightModuleFiles() {
    }

    static Map<String, String> read(LightModulesProperties properties) {
        return properties.watched() ? fromDirectory(properties.dir()) : fromClasspath();
    }

    static Map<String, String> fromDirectory(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("Light-modules directory " + root.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(Files::isRegularFile).forEach(path -> readString(path).ifPresent(content -> files.put(
                    root.relativize(path).toString().replace('\\', '/'), content)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Map<String, String> fromClasspath() {
        Map<String, String> files = new TreeMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + CLASSPATH_ROOT + "**/*.*");
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf(CLASSPATH_ROOT) + CLASSPATH_ROOT.length());
                try (var in = resource.getInputStream()) {
                    files.put(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The file as UTF-8, decoded leniently like the classpath copy, because a light module may hold files that
     * are not text (images, {@code .DS_Store}); empty when the file vanished since the directory was listed
     * (editors save through short-lived temporary files).
     */
    private static Optional<String> readString(Path path) {
        try {
            return Optional.of(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
