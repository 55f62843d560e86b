package de.sozialplattform.cms.outbox;

import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Lets a commit wake the local delivery threads at once instead of waiting for their next poll. A thread notes the
 * {@link #generation()} before it looks for work, so a commit that lands while it is busy still wakes it.
 */
@Component
class OutboxWakeUp {

    private long generation;

    synchronized void signal() {
        generation++;
        notifyAll();
    }

    synchronized long generation() {
        return generation;
    }

    /** Waits until a signal after {@code seen}, or until the timeout passes. */
    synchronized void awaitAfter(long seen, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (generation == seen) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return;
            }
            wait(left);
        }
    }
}
