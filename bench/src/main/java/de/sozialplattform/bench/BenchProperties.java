package de.sozialplattform.bench;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of a benchmark run, given as {@code --bench.<name>=value}.
 *
 * @param pages generated information pages to load
 * @param seconds measured seconds per scenario, number of clients and side (API or JDBC)
 * @param warmupSeconds seconds of unmeasured requests before each measurement
 * @param clients the numbers of concurrent clients to measure
 * @param batchSize pages created and published per transaction while loading
 * @param seed seed of the generated content and of the clients' random choices
 */
@ConfigurationProperties("bench")
record BenchProperties(
        @DefaultValue("2000") int pages,
        @DefaultValue("5") int seconds,
        @DefaultValue("2") int warmupSeconds,
        @DefaultValue({"1", "4", "16"}) List<Integer> clients,
        @DefaultValue("100") int batchSize,
        @DefaultValue("20260101") long seed) {
}
