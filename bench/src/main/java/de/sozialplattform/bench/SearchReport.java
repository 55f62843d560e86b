package de.sozialplattform.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.apache.solr.client.api.util.SolrVersion;

/**
 * What the search benchmark prints: the machine and the run, the loading, the check, one row per number of clients
 * for the whole mix and one per scenario. Every line also goes into the results file ({@link #save}).
 */
final class SearchReport {

    private static final String ROW = "%-22s %7s | %10s %7s %7s | %10s %7s %7s | %9s %9s %9s%n";

    private final PrintStream out;
    private final StringBuilder copy = new StringBuilder();

    SearchReport(PrintStream out) {
        this.out = out;
    }

    void machine(SearchBenchProperties settings, String nodeUrl, String core, Path plzFile) {
        Runtime runtime = Runtime.getRuntime();
        line("Search API benchmark, %s", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        line("machine:   %d cores, %s %s (%s), max heap %d MB", runtime.availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("os.version"),
                runtime.maxMemory() / (1024 * 1024));
        line("load:      %s before the run", Report.loadAverage());
        line("java:      %s %s", System.getProperty("java.vm.name"), Runtime.version());
        line("solr:      Solr %s, one standalone node (Jetty, HTTP) in this process at %s, core %s",
                SolrVersion.LATEST_STRING, nodeUrl, core);
        line("gazetteer: %s", plzFile);
        line("run:       %d locations, clients %s; per row and side %d slices of %d s warm-up + %d s measured, API and"
                + " Solr alternating (%d s warm-up per side first)", settings.locations(), settings.clients(),
                settings.rounds(), settings.warmupSeconds(), settings.seconds(), settings.initialWarmupSeconds());
    }

    void loaded(int locations, int batchSize, Duration took, String index) {
        line("loaded:    %d locations in %.1f s (%.0f per second; batches of %d, %d loader threads, one commit); %s",
                locations, took.toMillis() / 1000.0, locations * 1000.0 / Math.max(took.toMillis(), 1), batchSize,
                Runtime.getRuntime().availableProcessors(), index);
    }

    void header(String title) {
        line("");
        out.flush();
        line(ROW, title, "clients", "API req/s", "p50 ms", "p99 ms", "Solr req/s", "p50 ms", "p99 ms", "p50 API",
                "p99 API", "req/s API");
        line(ROW, "", "", "", "", "", "", "", "", "÷ Solr", "÷ Solr", "÷ Solr");
        line("%s", "-".repeat(128));
    }

    void row(String name, Measurement api, Measurement solr) {
        line(ROW, name, api.clients(), Report.rate(api.perSecond()), Report.millis(api.p50Millis()),
                Report.millis(api.p99Millis()), Report.rate(solr.perSecond()), Report.millis(solr.p50Millis()),
                Report.millis(solr.p99Millis()), ratio(api.p50Millis() / solr.p50Millis()),
                ratio(api.p99Millis() / solr.p99Millis()), String.format(Locale.ROOT, "%.3f",
                        api.perSecond() / solr.perSecond()));
        for (Measurement side : new Measurement[] {api, solr}) {
            if (side.errors() > 0) {
                line("  %s: %d errors (%.2f %%), first: %s", side == api ? "API" : "Solr", side.errors(),
                        side.errorRate() * 100, side.firstError());
            }
        }
        out.flush();
    }

    void note(String text) {
        line("%s", text);
    }

    /** Writes everything printed so far to {@code file}, creating its directory. */
    void save(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Files.writeString(absolute, copy, StandardCharsets.UTF_8);
        out.println("results:   written to " + absolute.normalize());
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format.endsWith("%n") ? format : format + "%n", args);
        out.print(text);
        copy.append(text);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }
}
