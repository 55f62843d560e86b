package de.sozialplattform.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/**
 * Runs one kind of request (or a mix) from a number of client threads as fast as each can: first a warm-up, then
 * the measurement. Every measured request's latency goes into its thread's own array; requests that fail are counted.
 */
final class LoadRunner {

    /** One request; {@code false} or an exception counts as an error. */
    interface Call {
        boolean run(Random random) throws Exception;

        /**
         * The kind of the request {@link #run} just made (e.g. the index of its scenario in a mix), recorded with
         * its latency so a mixed run can be broken down; 0 unless a call mixes kinds.
         */
        default int lastKind() {
            return 0;
        }
    }

    /** What all clients of one run saw; {@code measureFrom} is when the measured window began. */
    record Run(int clients, long measureFrom, List<ClientResult> results) {

        Measurement measurement() {
            return Measurement.of(clients, measureFrom, results);
        }

        Measurement measurement(int kind) {
            return Measurement.ofKind(clients, measureFrom, results, kind);
        }
    }

    private LoadRunner() {
    }

    /** {@code calls} gives client number {@code i} (from 0) its way of calling. */
    static Measurement run(int clients, Duration warmup, Duration measure, long seed, IntFunction<Call> calls)
            throws InterruptedException {
        return runAll(clients, warmup, measure, seed, calls).measurement();
    }

    /** Like {@link #run}, keeping every client's latencies and kinds for a breakdown. */
    static Run runAll(int clients, Duration warmup, Duration measure, long seed, IntFunction<Call> calls)
            throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Client> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(calls.apply(i), new Random(seed + i), ready, go, window);
            running.add(client);
            client.start();
        }
        ready.await();
        window[0] = System.nanoTime() + warmup.toNanos();
        window[1] = window[0] + measure.toNanos();
        go.countDown();
        for (Client client : running) {
            client.join();
        }
        return new Run(clients, window[0], running.stream().map(Client::result).toList());
    }

    /**
     * What one client thread saw during the measurement. {@code cpuNanos}: the CPU time the thread used in the
     * measured window, -1 where the JVM cannot tell; unlike the wall time it does not grow when other work on the
     * machine takes the core away.
     */
    record ClientResult(long[] latencies, int[] kinds, int count, long errors, long lastEnd, String firstError,
            long cpuNanos) {
    }

    private static final class Client extends Thread {

        private final Call call;
        private final Random random;
        private final CountDownLatch ready;
        private final CountDownLatch go;
        private final long[] window;
        private long[] latencies = new long[1 << 14];
        private int[] kinds = new int[1 << 14];
        private int count;
        private long errors;
        private long lastEnd;
        private String firstError;
        private long cpuNanos = -1;

        Client(Call call, Random random, CountDownLatch ready, CountDownLatch go, long[] window) {
            super("bench-client");
            this.call = call;
            this.random = random;
            this.ready = ready;
            this.go = go;
            this.window = window;
        }

        @Override
        public void run() {
            ready.countDown();
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            long measureFrom = window[0];
            long end = window[1];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            boolean cpuTime = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
            long cpuFrom = -1;
            long start = System.nanoTime();
            while (start < end) {
                if (cpuFrom < 0 && cpuTime && start >= measureFrom) {
                    cpuFrom = threads.getCurrentThreadCpuTime();
                }
                boolean ok;
                String error = null;
                try {
                    ok = call.run(random);
                } catch (Exception e) {
                    ok = false;
                    error = e.toString();
                }
                long finished = System.nanoTime();
                if (start >= measureFrom) {
                    record(ok, error == null ? "unexpected answer" : error, finished - start, call.lastKind());
                    lastEnd = finished;
                }
                start = finished;
            }
            if (cpuFrom >= 0) {
                cpuNanos = threads.getCurrentThreadCpuTime() - cpuFrom;
            }
        }

        private void record(boolean ok, String error, long nanos, int kind) {
            if (!ok) {
                errors++;
                firstError = firstError == null ? error : firstError;
                return;
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
                kinds = Arrays.copyOf(kinds, count * 2);
            }
            kinds[count] = kind;
            latencies[count++] = nanos;
        }

        ClientResult result() {
            return new ClientResult(latencies, kinds, count, errors, lastEnd, firstError, cpuNanos);
        }
    }
}
