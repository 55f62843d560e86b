package de.sozialplattform.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Throughput and latency of one run: successful requests per second over the measured window, and the median
 * and 99th percentile of their latencies (nearest rank).
 */
record Measurement(int clients, long requests, long errors, double seconds, long[] sortedLatencies, String firstError) {

    static Measurement of(int clients, long measureFrom, List<LoadRunner.ClientResult> results) {
        int total = results.stream().mapToInt(LoadRunner.ClientResult::count).sum();
        long[] latencies = new long[total];
        int at = 0;
        for (LoadRunner.ClientResult result : results) {
            System.arraycopy(result.latencies(), 0, latencies, at, result.count());
            at += result.count();
        }
        return sorted(clients, measureFrom, results, latencies, errors(results));
    }

    /**
     * Only the requests of one kind ({@link LoadRunner.Call#lastKind()}) of a mixed run, over the same window. Failed
     * requests carry no kind, so they are counted only in {@link #of}.
     */
    static Measurement ofKind(int clients, long measureFrom, List<LoadRunner.ClientResult> results, int kind) {
        long[] latencies = results.stream().flatMapToLong(result -> IntStream.range(0, result.count())
                .filter(i -> result.kinds()[i] == kind).mapToLong(i -> result.latencies()[i])).toArray();
        return sorted(clients, measureFrom, results, latencies, 0);
    }

    /** Several measured slices of the same side and number of clients as one: their requests over their total time. */
    static Measurement merge(List<Measurement> slices) {
        long[] latencies = slices.stream().flatMapToLong(slice -> Arrays.stream(slice.sortedLatencies())).sorted()
                .toArray();
        return new Measurement(slices.get(0).clients(), slices.stream().mapToLong(Measurement::requests).sum(),
                slices.stream().mapToLong(Measurement::errors).sum(),
                slices.stream().mapToDouble(Measurement::seconds).sum(), latencies,
                slices.stream().map(Measurement::firstError).filter(Objects::nonNull).findFirst().orElse(null));
    }

    private static Measurement sorted(int clients, long measureFrom, List<LoadRunner.ClientResult> results,
            long[] latencies, long errors) {
        Arrays.sort(latencies);
        long lastEnd = results.stream().mapToLong(LoadRunner.ClientResult::lastEnd).max().orElse(measureFrom);
        String firstError = results.stream().map(LoadRunner.ClientResult::firstError).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new Measurement(clients, latencies.length, errors, Math.max(lastEnd - measureFrom, 1) / 1e9, latencies,
                errors == 0 ? null : firstError);
    }

    private static long errors(List<LoadRunner.ClientResult> results) {
        return results.stream().mapToLong(LoadRunner.ClientResult::errors).sum();
    }

    double perSecond() {
        return requests / seconds;
    }

    double p50Millis() {
        return percentileMillis(50);
    }

    double p99Millis() {
        return percentileMillis(99);
    }

    /** Failed requests as a share of all measured requests. */
    double errorRate() {
        long all = requests + errors;
        return all == 0 ? 1 : (double) errors / all;
    }

    private double percentileMillis(int percent) {
        if (sortedLatencies.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedLatencies.length);
        return sortedLatencies[Math.max(rank, 1) - 1] / 1e6;
    }
}
