package de.sozialplattform.bench;

import de.sozialplattform.search.centres.AdviceCentreDocuments;
import de.sozialplattform.search.geo.Gazetteer;
import de.sozialplattform.search.solr.SearchIndex;
import de.sozialplattform.search.taxonomy.Taxonomy;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the search benchmark ({@code java -jar sozialplattform-bench.jar search [--setting=value …]}): starts a
 * standalone Solr node with the configset in a temporary directory, then the application against it in HTTP mode
 * ({@code sozial.solr.url}) with the gazetteer from {@code sozial.geo.plz-file}, runs {@link SearchBench}, and
 * removes the directory again. Settings: {@link SearchBenchProperties}.
 */
final class SearchBenchLauncher {

    static final String COMMAND = "search";
    private static final String CORE = "advice-centres";
    private static final String PLZ_FILE = "sozial.geo.plz-file";

    private final PrintStream out;

    SearchBenchLauncher(PrintStream out) {
        this.out = out;
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    /**
     * Gives a relative {@code --sozial.geo.plz-file} as an absolute path: in a web application Spring converts a
     * relative path with {@code ..} through the servlet context, which rejects it.
     */
    private static String absolutePlzFile(String argument) {
        String option = "--" + PLZ_FILE + "=";
        return argument.startsWith(option) && !argument.equals(option)
                ? option + Path.of(argument.substring(option.length())).toAbsolutePath().normalize()
                : argument;
    }

    SearchBench.Outcome run(String[] args) throws Exception {
        long started = System.nanoTime();
        Path dir = Files.createTempDirectory("sozialplattform-search-bench-");
        // The index of 100 000 locations and its update log take about 100 MB: remove them also on Ctrl-C.
        Thread cleanup = new Thread(() -> BenchApplication.deleteRecursively(dir));
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (SolrNode node = SolrNode.start(dir.resolve("solr"))) {
            SpringApplication application = new SpringApplication(BenchApplication.class);
            application.setDefaultProperties(Map.of("sozial.data-dir", dir.resolve("data").toString()));
            // On the command line, so nothing can point the application at another Solr than the one measured.
            List<String> arguments = new ArrayList<>(Stream.of(args).map(SearchBenchLauncher::absolutePlzFile).toList());
            arguments.add("--sozial.solr.url=" + node.url());
            arguments.add("--sozial.solr.collection=" + CORE);
            try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
                Environment environment = context.getEnvironment();
                String plzFile = environment.getProperty(PLZ_FILE, "");
                Gazetteer gazetteer = context.getBean(Gazetteer.class);
                if (plzFile.isBlank() || !gazetteer.available()) {
                    out.println("The search bench needs the GeoNames postal-code file: --sozial.geo.plz-file=<path>"
                            + " (a GeoNames postal-code file, e.g. DE.txt)" + (plzFile.isBlank() ? "" : "; " + plzFile
                            + " could not be read"));
                    return new SearchBench.Outcome(2, List.of());
                }
                SearchBenchProperties settings = context.getBean(SearchBenchProperties.class);
                SearchReport report = new SearchReport(out);
                SearchBench.Target target = new SearchBench.Target(
                        "http://localhost:" + environment.getRequiredProperty("local.server.port"), node.url(), CORE,
                        Path.of(plzFile).toAbsolutePath().normalize(), started);
                Taxonomy taxonomy = context.getBean(Taxonomy.class);
                try {
                    return new SearchBench(settings, target, context.getBean(SearchIndex.class).client(),
                            new AdviceCentreDocuments(taxonomy::label), gazetteer, taxonomy,
                            context.getBean(JsonMapper.class), report).run();
                } finally {
                    report.save(settings.resultsFile());
                }
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            BenchApplication.deleteRecursively(dir);
        }
    }
}
