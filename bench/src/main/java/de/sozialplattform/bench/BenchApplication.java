package de.sozialplattform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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
 * ({@link SearchBenchLauncher}), with {@code benefit-finder} the benefit-finder benchmark
 * ({@link BenefitFinderBenchLauncher}); {@code help} prints {@link #USAGE}.
 */
@SpringBootApplication(scanBasePackages = "de.sozialplattform")
@ConfigurationPropertiesScan("de.sozialplattform")
public class BenchApplication {

    static final String USAGE = """
            Usage: java -jar sozialplattform-bench.jar [benchmark] [--setting=value ...]

            benchmarks (see bench/README.md for settings and how to read the figures):
              (none)          Delivery API against a direct JDBC read of the same rows (about 3 min)
                              e.g. --bench.seconds=5 --bench.pages=2000 --bench.clients=1,4,16
              search          search API against the same queries sent straight to Solr (4-6 min)
                              --sozial.geo.plz-file=<GeoNames postal-code file, e.g. DE.txt> (required)
              benefit-finder  benefit-finder evaluations per second on one thread against parsing the request
                              (about 1 min), e.g. --bench.benefit-finder.seconds=5 --bench.benefit-finder.rounds=3
              help            this text
            """;

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static int run(String[] args) throws Exception {
        if (SearchBenchLauncher.isCommand(args)) {
            return new SearchBenchLauncher(System.out).run(args).status();
        }
        if (BenefitFinderBenchLauncher.isCommand(args)) {
            return new BenefitFinderBenchLauncher(System.out).run(args).status();
        }
        if (args.length > 0 && List.of("help", "-h", "--help").contains(args[0])) {
            System.out.print(USAGE);
            return 0;
        }
        if (args.length > 0 && !args[0].startsWith("--")) {
            // a benchmark that does not exist: rather the list than a 3-minute run of the default one
            System.err.print(USAGE);
            return 2;
        }
        Path dataDir = Files.createTempDirectory("sozialplattform-bench-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(dataDir)));
        SpringApplication application = new SpringApplication(BenchApplication.class);
        application.setDefaultProperties(Map.of("sozial.data-dir", dataDir.toString()));
        try (ConfigurableApplicationContext context = application.run(args)) {
            return context.getBean(DeliveryBench.class).run();
        }
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
