package de.sozialplattform.cms.outbox;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Lets a commit wake the local worker at once instead of waiting for the next poll. */
@Component
class OutboxWakeUp {

    private final Semaphore signal = new Semaphore(0);

    void signal() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** Waits until signalled or the timeout passes. */
    void await(long millis) throws InterruptedException {
        if (signal.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
            signal.drainPermits();
        }
    }
}
