package de.sozialplattform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny run of the whole search benchmark (Solr node, application in HTTP mode, loading, check, both sides at two
 * numbers of clients), so the bench keeps working. Asserts that it ran and that both sides answered without
 * errors, never how fast: speed is measured by the bench, not asserted in tests.
 */
class SearchBenchSmokeIT {

    @TempDir
    Path dir;

    @Test
    void runsTheSearchBenchOnAFewHundredLocations() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path results = dir.resolve("results.txt");
        SearchBench.Outcome outcome;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            outcome = new SearchBenchLauncher(out).run(new String[] {"search",
                    "--sozial.geo.plz-file=" + System.getProperty("sozial.test.geo-plz-file"),
                    "--bench.search.locations=500", "--bench.search.batch-size=100",
                    "--bench.search.queries-per-scenario=20", "--bench.search.clients=1,2",
                    "--bench.search.seconds=1", "--bench.search.rounds=2", "--bench.search.warmup-seconds=0",
                    "--bench.search.initial-warmup-seconds=1", "--bench.search.results-file=" + results});
        }
        String report = printed.toString(StandardCharsets.UTF_8);
        System.out.println(report);

        assertThat(outcome.status()).as(report).isZero();
        assertThat(report).contains("loaded:    500 locations", "index: 500 documents", "checked:",
                SearchBench.MIX, "answered other than 200: 0");
        assertThat(outcome.rows()).filteredOn(row -> row.scenario().equals(SearchBench.MIX))
                .extracting(row -> row.api().clients()).containsExactly(1, 2);
        assertThat(outcome.rows()).hasSize(2 * (1 + SearchScenarios.NAMES.size())).allSatisfy(row -> {
            assertThat(row.api().requests()).as(row.scenario() + " API").isPositive();
            assertThat(row.solr().requests()).as(row.scenario() + " Solr").isPositive();
            assertThat(row.api().errors() + row.solr().errors()).as(row.scenario()).isZero();
            assertThat(row.api().p50Millis()).isPositive().isLessThanOrEqualTo(row.api().p99Millis());
            assertThat(row.solr().p50Millis()).isPositive().isLessThanOrEqualTo(row.solr().p99Millis());
        });
        assertThat(results).content(StandardCharsets.UTF_8).contains(SearchBench.MIX);
    }
}
