package de.sozialplattform.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
        Arrays.sort(latencies);
        long lastEnd = results.stream().mapToLong(LoadRunner.ClientResult::lastEnd).max().orElse(measureFrom);
        long errors = results.stream().mapToLong(LoadRunner.ClientResult::errors).sum();
        String firstError = results.stream().map(LoadRunner.ClientResult::firstError).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new Measurement(clients, total, errors, Math.max(lastEnd - measureFrom, 1) / 1e9, latencies, firstError);
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
