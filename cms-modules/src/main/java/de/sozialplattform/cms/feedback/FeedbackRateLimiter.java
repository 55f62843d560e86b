package de.sozialplattform.cms.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sliding-window limits per client address and in total, in memory per replica (a replica restart forgives; the
 * total cap still bounds what a flood can put into the queue). Addresses are kept only for the window.
 */
@Component
class FeedbackRateLimiter {

    private final FeedbackProperties limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byClient = new LinkedHashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();

    FeedbackRateLimiter(FeedbackProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Counts one report of {@code client}; false when a limit is reached (then nothing is counted). */
    synchronized boolean tryAcquire(String client) {
        Instant now = clock.instant();
        Instant since = now.minus(limits.window());
        expire(all, since);
        forgetIdleClients(since);
        Deque<Instant> mine = byClient.computeIfAbsent(client, key -> new ArrayDeque<>());
        if (mine.size() >= limits.perClient() || all.size() >= limits.total()) {
            return false;
        }
        mine.addLast(now);
        all.addLast(now);
        return true;
    }

    private void forgetIdleClients(Instant since) {
        for (Iterator<Deque<Instant>> it = byClient.values().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next();
            expire(times, since);
            if (times.isEmpty()) {
                it.remove();
            }
        }
    }

    private static void expire(Deque<Instant> times, Instant since) {
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
    }
}
