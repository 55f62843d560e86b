package de.sozialplattform.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.sql.DataSource;

/** What the benchmark prints: the machine, the loading, and one table row per scenario and number of clients. */
final class Report {

    private static final String ROW = "%-20s %7s | %10s %7s %7s | %10s %7s %7s | %9s %9s%n";

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void machine(BenchProperties settings, DataSource dataSource) throws SQLException {
        Runtime runtime = Runtime.getRuntime();
        out.println("Delivery API benchmark, " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        out.printf(Locale.ROOT, "machine:  %d cores, %s %s (%s), max heap %d MB%n", runtime.availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("os.version"),
                runtime.maxMemory() / (1024 * 1024));
        out.printf(Locale.ROOT, "load:     %s before the run%n", loadAverage());
        out.printf(Locale.ROOT, "java:     %s %s%n", System.getProperty("java.vm.name"), Runtime.version());
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            out.printf(Locale.ROOT, "database: %s %s (file, in this process), connection pool %s%n",
                    meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), poolSize(dataSource));
        }
        out.printf(Locale.ROOT, "run:      %d pages, clients %s, %d s warm-up + %d s measured per row and side%n",
                settings.pages(), settings.clients(), settings.warmupSeconds(), settings.seconds());
    }

    void loaded(int pages, Duration took, String readModel) {
        out.printf(Locale.ROOT, "loaded:   %d pages created and published in %.1f s (%.0f pages/s); %s%n", pages,
                took.toMillis() / 1000.0, pages * 1000.0 / Math.max(took.toMillis(), 1), readModel);
    }

    void note(String line) {
        out.println(line);
    }

    void header() {
        out.println();
        out.printf(Locale.ROOT, ROW, "scenario", "clients", "API req/s", "p50 ms", "p99 ms", "JDBC req/s", "p50 ms",
                "p99 ms", "req/s API", "p50 API");
        out.printf(Locale.ROOT, ROW, "", "", "", "", "", "", "", "", "÷ JDBC", "÷ JDBC");
        out.println("-".repeat(118));
    }

    void row(Scenario scenario, Measurement api, Measurement jdbc) {
        out.printf(Locale.ROOT, ROW, scenario.name(), api.clients(), rate(api.perSecond()), millis(api.p50Millis()),
                millis(api.p99Millis()), rate(jdbc.perSecond()), millis(jdbc.p50Millis()), millis(jdbc.p99Millis()),
                String.format(Locale.ROOT, "%.3f", api.perSecond() / jdbc.perSecond()),
                String.format(Locale.ROOT, "%.1f", api.p50Millis() / jdbc.p50Millis()));
        for (Measurement side : new Measurement[] {api, jdbc}) {
            if (side.errors() > 0) {
                out.printf(Locale.ROOT, "  %s: %d errors (%.2f %%), first: %s%n", side == api ? "API" : "JDBC",
                        side.errors(), side.errorRate() * 100, side.firstError());
            }
        }
        out.flush();
    }

    /** The system's load average: other work on the machine skews the figures, so the report shows it. */
    static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "load average not available" : String.format(Locale.ROOT, "system load average %.2f (1 min)", load);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.0f", perSecond);
    }

    static String millis(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.1f", millis);
    }

    private static String poolSize(DataSource dataSource) {
        return dataSource instanceof HikariDataSource hikari ? "Hikari, " + hikari.getMaximumPoolSize() + " connections"
                : dataSource.getClass().getSimpleName();
    }
}
