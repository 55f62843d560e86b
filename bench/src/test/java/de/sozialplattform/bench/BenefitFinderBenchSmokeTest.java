package de.sozialplattform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.bench.BenefitFinderBench.Stage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A tiny run of the benefit-finder benchmark (the product's beans and light modules, all households checked, two
 * rounds of one-second slices), so the bench keeps working. A {@code *Test}, not an IT: it needs no server and
 * takes about ten seconds. Asserts that it ran without errors, never how fast: speed is measured by the bench, not
 * asserted in tests.
 */
class BenefitFinderBenchSmokeTest {

    @Test
    void runsTheBenefitFinderBenchForAFewSeconds() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        BenefitFinderBench.Outcome outcome;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            outcome = new BenefitFinderBenchLauncher(out).run(new String[] {BenefitFinderBenchLauncher.COMMAND,
                    "--bench.benefit-finder.seconds=1", "--bench.benefit-finder.rounds=2",
                    "--bench.benefit-finder.warmup-seconds=0", "--bench.benefit-finder.initial-warmup-seconds=0"});
        }
        String report = printed.toString(StandardCharsets.UTF_8);
        System.out.println(report);

        assertThat(outcome.status()).as(report).isZero();
        assertThat(report).contains("(0 problems in the light modules)", "checked:    all 47 households valid",
                "every benefit possible for some household and unlikely for another", "round 1 (1-2-3)",
                "round 2 (3-2-1)", "evaluations per second on one thread", "errors: 0");
        assertThat(outcome.stages()).containsOnlyKeys(Stage.values()).allSatisfy((stage, measured) -> {
            assertThat(measured.wall().requests()).as(stage.label()).isPositive();
            assertThat(measured.wall().errors()).as(stage.label()).isZero();
            assertThat(measured.wall().p50Millis()).as(stage.label()).isPositive()
                    .isLessThanOrEqualTo(measured.wall().p99Millis());
            assertThat(measured.cpuNanos()).as(stage.label()).isPositive();
        });
    }
}
