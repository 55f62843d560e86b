package de.sozialplattform.bench;

import de.sozialplattform.search.benefitfinder.Evaluation;
import de.sozialplattform.search.problem.InvalidParameterException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The benefit-finder benchmark: evaluations per second on one thread, against the cost of just parsing the request
 * in the same run. Checks that every household validates and evaluates, warms every stage up, then measures the
 * three {@link Stage}s in alternating slices so all three see the same machine state.
 */
final class BenefitFinderBench {

    /** How a run ended, and every stage over all its slices (for the smoke test). */
    record Outcome(int status, Map<Stage, Measured> stages) {
    }

    /**
     * One stage: the wall-clock figures of its requests, and the CPU time its thread used for them. On a shared
     * machine the wall time also counts time the thread waited for a core; the CPU time does not.
     *
     * @param cpuNanos -1 where the JVM cannot measure a thread's CPU time
     */
    record Measured(Measurement wall, long cpuNanos) {

        static Measured of(LoadRunner.Run run) {
            List<Long> cpu = run.results().stream().map(LoadRunner.ClientResult::cpuNanos).toList();
            return new Measured(run.measurement(), cpu.contains(-1L) ? -1 : cpu.stream().mapToLong(n -> n).sum());
        }

        static Measured merge(List<Measured> slices) {
            List<Long> cpu = slices.stream().map(Measured::cpuNanos).toList();
            return new Measured(Measurement.merge(slices.stream().map(Measured::wall).toList()),
                    cpu.contains(-1L) ? -1 : cpu.stream().mapToLong(n -> n).sum());
        }

        /** Requests per second of the thread's CPU time; NaN without CPU time. */
        double perCpuSecond() {
            return cpuNanos < 0 ? Double.NaN : wall.requests() / (cpuNanos / 1e9);
        }
    }

    /** The stages, each doing all of the one before; {@link #PARSE} is the baseline. */
    enum Stage {
        PARSE("1 parse (baseline)", EvaluationPath::parse),
        VALIDATE("2 parse + validate", EvaluationPath::validate),
        EVALUATE("3 parse + validate + evaluate", EvaluationPath::evaluate);

        private final String label;
        private final BiFunction<EvaluationPath, byte[], Object> work;

        Stage(String label, BiFunction<EvaluationPath, byte[], Object> work) {
            this.label = label;
            this.work = work;
        }

        String label() {
            return label;
        }
    }

    private static final List<Stage> REVERSED = List.of(Stage.EVALUATE, Stage.VALIDATE, Stage.PARSE);

    private final BenefitFinderBenchProperties settings;
    private final List<Households.Household> households;
    private final EvaluationPath path;
    private final BenefitFinderReport report;

    BenefitFinderBench(BenefitFinderBenchProperties settings, List<Households.Household> households,
            EvaluationPath path, BenefitFinderReport report) {
        this.settings = settings;
        this.households = households;
        this.path = path;
        this.report = report;
    }

    Outcome run() throws InterruptedException {
        if (!check()) {
            return new Outcome(1, Map.of());
        }
        // Garbage of the start should not land in the first slice: collect, then warm every stage up.
        System.gc();
        Duration initialWarmup = Duration.ofSeconds(settings.initialWarmupSeconds());
        for (Stage stage : Stage.values()) {
            LoadRunner.run(1, Duration.ZERO, initialWarmup, settings.seed(), calls(stage));
        }
        Map<Stage, List<Measured>> slices = new EnumMap<>(Stage.class);
        for (int round = 0; round < settings.rounds(); round++) {
            // alternating order, so drift on the machine (other load, GC, turbo) does not favour one stage
            List<Stage> order = round % 2 == 0 ? List.of(Stage.values()) : REVERSED;
            Map<Stage, Measured> measured = new EnumMap<>(Stage.class);
            for (Stage stage : order) {
                measured.put(stage, Measured.of(LoadRunner.runAll(1, Duration.ofSeconds(settings.warmupSeconds()),
                        Duration.ofSeconds(settings.seconds()), settings.seed() + round, calls(stage))));
                slices.computeIfAbsent(stage, key -> new ArrayList<>()).add(measured.get(stage));
            }
            report.round(round + 1, order, measured);
        }
        Map<Stage, Measured> merged = new EnumMap<>(Stage.class);
        slices.forEach((stage, measured) -> merged.put(stage, Measured.merge(measured)));
        report.stages(merged);
        boolean failed = merged.values().stream().anyMatch(measured -> measured.wall().errors() > 0);
        return new Outcome(failed ? 1 : 0, merged);
    }

    /** One client: every request picks a household at random; all stages of a round see the same sequence. */
    private IntFunction<LoadRunner.Call> calls(Stage stage) {
        return client -> random -> stage.work.apply(path,
                households.get(random.nextInt(households.size())).request()) != null;
    }

    /**
     * Every household must pass the validator and the rules, or the bench would measure error paths. Also reports
     * how varied the outcomes are.
     */
    private boolean check() {
        Set<String> possible = new TreeSet<>();
        Set<String> unlikely = new TreeSet<>();
        int outcomes = 0;
        int possibleOutcomes = 0;
        for (Households.Household household : households) {
            Evaluation evaluation;
            try {
                evaluation = path.evaluate(household.request());
            } catch (InvalidParameterException e) {
                report.note("Aborted: household \"" + household.name() + "\" is not valid: " + e.errors().stream()
                        .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
                return false;
            } catch (RuntimeException e) {
                report.note("Aborted: household \"" + household.name() + "\" could not be evaluated: " + e);
                return false;
            }
            for (Evaluation.Result result : evaluation.results()) {
                boolean isPossible = result.outcome() == Evaluation.Outcome.POSSIBLE;
                (isPossible ? possible : unlikely).add(result.benefit());
                outcomes++;
                possibleOutcomes += isPossible ? 1 : 0;
            }
        }
        report.checked(households.size(), outcomes, possibleOutcomes, possible, unlikely);
        return true;
    }
}
