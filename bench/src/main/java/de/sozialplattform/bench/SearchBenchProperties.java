package de.sozialplattform.bench;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of a search benchmark run ({@code java -jar sozialplattform-bench.jar search}), given as
 * {@code --bench.search.<name>=value}. The gazetteer is the application's own setting, {@code sozial.geo.plz-file}.
 *
 * @param locations generated locations to index
 * @param seconds measured seconds per slice; each row measures {@code rounds} slices per side
 * @param rounds slices per side and number of clients, alternating which side goes first (API–Solr, Solr–API, …)
 * @param warmupSeconds unmeasured seconds at the start of every slice (connections, caches of the other side)
 * @param initialWarmupSeconds unmeasured seconds per side before the first row (JIT, Solr's caches and doc values)
 * @param clients the numbers of concurrent clients to measure
 * @param batchSize locations per update request while loading
 * @param queriesPerScenario distinct generated queries per scenario; clients pick from them at random
 * @param seed seed of the generated locations, the queries and the clients' random choices
 * @param resultsFile where the report is written as well; relative to the working directory
 */
@ConfigurationProperties("bench.search")
record SearchBenchProperties(
        @DefaultValue("100000") int locations,
        @DefaultValue("10") int seconds,
        @DefaultValue("2") int rounds,
        @DefaultValue("2") int warmupSeconds,
        @DefaultValue("10") int initialWarmupSeconds,
        @DefaultValue({"1", "4", "16"}) List<Integer> clients,
        @DefaultValue("2000") int batchSize,
        @DefaultValue("500") int queriesPerScenario,
        @DefaultValue("20260101") long seed,
        @DefaultValue("target/search-bench-results.txt") Path resultsFile) {
}
