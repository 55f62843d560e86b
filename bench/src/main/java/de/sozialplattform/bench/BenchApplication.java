package de.sozialplattform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the CMS in this process on a random port with a fresh H2 database in a temporary directory, runs the
 * Delivery API benchmark against it, and removes the directory again (also when the run is interrupted).
 * Settings: {@link BenchProperties}. With {@code search} as first argument it runs the search benchmark instead
 * ({@link SearchBenchLauncher}).
 */
@SpringBootApplication(scanBasePackages = "de.sozialplattform")
@ConfigurationPropertiesScan("de.sozialplattform")
public class BenchApplication {

    public static void main(String[] args) throws IOException {
        if (SearchBenchLauncher.isCommand(args)) {
            int status;
            try {
                status = new SearchBenchLauncher(System.out).run(args).status();
            } catch (Exception e) {
                e.printStackTrace();
                status = 1;
            }
            System.exit(status);
        }
        Path dataDir = Files.createTempDirectory("sozialplattform-bench-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(dataDir)));
        SpringApplication application = new SpringApplication(BenchApplication.class);
        application.setDefaultProperties(Map.of("sozial.data-dir", dataDir.toString()));
        int status;
        try (ConfigurableApplicationContext context = application.run(args)) {
            status = context.getBean(DeliveryBench.class).run();
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + dir, e);
        }
    }
}
