package de.sozialplattform.bench;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of a benefit-finder benchmark run ({@code java -jar sozialplattform-bench.jar benefit-finder}), given as
 * {@code --bench.benefit-finder.<name>=value}.
 *
 * @param seconds measured seconds per slice; every stage is measured in {@code rounds} slices
 * @param rounds slices per stage; the order of the stages alternates (1-2-3, 3-2-1, …)
 * @param warmupSeconds unmeasured seconds at the start of every slice
 * @param initialWarmupSeconds unmeasured seconds per stage before the first slice (JIT)
 * @param seed seed of the random choice of households, one per request
 */
@ConfigurationProperties("bench.benefit-finder")
record BenefitFinderBenchProperties(
        @DefaultValue("5") int seconds,
        @DefaultValue("3") int rounds,
        @DefaultValue("1") int warmupSeconds,
        @DefaultValue("5") int initialWarmupSeconds,
        @DefaultValue("20260101") long seed) {
}
