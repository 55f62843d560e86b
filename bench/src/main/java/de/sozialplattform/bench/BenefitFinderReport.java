package de.sozialplattform.bench;

import de.sozialplattform.bench.BenefitFinderBench.Stage;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the benefit-finder benchmark prints: the machine and the run, the check of the households, one line per
 * round, and the table of the three stages with their cost relative to parsing.
 */
final class BenefitFinderReport {

    private static final String ROW = "%-30s | %9s %8s %8s %8s | %9s %8s | %8s %8s %8s%n";

    private final PrintStream out;

    BenefitFinderReport(PrintStream out) {
        this.out = out;
    }

    void machine(BenefitFinderBenchProperties settings, String rules, List<Households.Household> households) {
        Runtime runtime = Runtime.getRuntime();
        line("Benefit-finder benchmark, %s", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        line("machine:    %d cores, %s %s (%s), max heap %d MB", runtime.availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("os.version"),
                runtime.maxMemory() / (1024 * 1024));
        line("load:       %s before the run", Report.loadAverage());
        line("java:       %s %s", System.getProperty("java.vm.name"), Runtime.version());
        line("rules:      %s", rules);
        IntSummaryStatistics sizes = households.stream().mapToInt(household -> household.request().length)
                .summaryStatistics();
        line("households: %d (%s), request bodies of %d to %d bytes (mean %.0f)", households.size(),
                Households.RESOURCE.substring(1), sizes.getMin(), sizes.getMax(), sizes.getAverage());
        line("run:        one thread; %d s warm-up per stage, then %d rounds of %d s warm-up + %d s measured per stage,"
                + " order alternating (1-2-3, 3-2-1, ...)", settings.initialWarmupSeconds(), settings.rounds(),
                settings.warmupSeconds(), settings.seconds());
        out.flush();
    }

    void checked(int households, int outcomes, int possible, Set<String> possibleFor, Set<String> unlikelyFor) {
        Set<String> benefits = new TreeSet<>(possibleFor);
        benefits.addAll(unlikelyFor);
        Set<String> oneSided = benefits.stream()
                .filter(benefit -> !possibleFor.contains(benefit) || !unlikelyFor.contains(benefit))
                .collect(Collectors.toCollection(TreeSet::new));
        line("checked:    all %d households valid and evaluated: %d benefits, %d outcomes (%d possible, %d unlikely);"
                + " %s", households, benefits.size(), outcomes, possible, outcomes - possible, oneSided.isEmpty()
                ? "every benefit possible for some household and unlikely for another"
                : "always the same outcome for " + oneSided);
    }

    /** One line per round: how far the slices of a stage spread shows how steady the machine was. */
    void round(int round, List<Stage> order, Map<Stage, BenefitFinderBench.Measured> measured) {
        if (round == 1) {
            line("");
        }
        line("round %d (%s): %s", round, order.stream().map(stage -> String.valueOf(stage.ordinal() + 1))
                .collect(Collectors.joining("-")), Arrays.stream(Stage.values())
                .map(stage -> String.format(Locale.ROOT, "%s %s/s (per CPU s %s)", stage.name().toLowerCase(Locale.ROOT),
                        Report.rate(measured.get(stage).wall().perSecond()),
                        Report.rate(measured.get(stage).perCpuSecond())))
                .collect(Collectors.joining(", ")));
        out.flush();
    }

    void stages(Map<Stage, BenefitFinderBench.Measured> stages) {
        BenefitFinderBench.Measured parse = stages.get(Stage.PARSE);
        line("");
        line(ROW, "stage (one thread)", "req/s", "µs/req", "p50 µs", "p99 µs", "req/s", "µs/req", "CPU µs", "p50 µs",
                "wall µs");
        line(ROW, "", "wall", "wall", "", "", "CPU", "CPU", "÷ parse", "÷ parse", "÷ parse");
        line("%s", "-".repeat(124));
        for (Stage stage : Stage.values()) {
            BenefitFinderBench.Measured measured = stages.get(stage);
            Measurement wall = measured.wall();
            line(ROW, stage.label(), Report.rate(wall.perSecond()), micros(1e6 / wall.perSecond()),
                    micros(wall.p50Millis() * 1000), micros(wall.p99Millis() * 1000),
                    Report.rate(measured.perCpuSecond()), micros(1e6 / measured.perCpuSecond()),
                    ratio(parse.perCpuSecond() / measured.perCpuSecond()),
                    ratio(wall.p50Millis() / parse.wall().p50Millis()),
                    ratio(parse.wall().perSecond() / wall.perSecond()));
            if (wall.errors() > 0) {
                line("  %d errors (%.2f %%), first: %s", wall.errors(), wall.errorRate() * 100, wall.firstError());
            }
        }
        BenefitFinderBench.Measured validate = stages.get(Stage.VALIDATE);
        BenefitFinderBench.Measured evaluate = stages.get(Stage.EVALUATE);
        line("");
        line("evaluations per second on one thread: %s (wall clock), %s per second of CPU time; the target is well"
                + " above 10000", Report.rate(evaluate.wall().perSecond()), Report.rate(evaluate.perCpuSecond()));
        line("a full evaluation costs %.1f times the CPU time of parsing its request (p50 latency: %.1f times, wall"
                + " clock: %.1f times)", parse.perCpuSecond() / evaluate.perCpuSecond(),
                evaluate.wall().p50Millis() / parse.wall().p50Millis(),
                parse.wall().perSecond() / evaluate.wall().perSecond());
        line("CPU time per request: parsing %s µs, validating %s µs more, evaluating %s µs more",
                micros(1e6 / parse.perCpuSecond()), micros(1e6 / validate.perCpuSecond() - 1e6 / parse.perCpuSecond()),
                micros(1e6 / evaluate.perCpuSecond() - 1e6 / validate.perCpuSecond()));
        line("requests measured: %d, errors: %d", stages.values().stream().mapToLong(m -> m.wall().requests()).sum(),
                stages.values().stream().mapToLong(m -> m.wall().errors()).sum());
        // On a shared machine the load often changes during a run; the figures are only as good as it was quiet.
        line("load:       %s at the end of the run", Report.loadAverage());
    }

    void note(String text) {
        line("%s", text);
    }

    private static String micros(double micros) {
        return String.format(Locale.ROOT, micros < 10 ? "%.2f" : "%.1f", micros);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }

    private void line(String format, Object... args) {
        out.printf(Locale.ROOT, format.endsWith("%n") ? format : format + "%n", args);
    }
}
