package de.sozialplattform.cms.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of outbox delivery.
 *
 * @param enabled whether this process delivers events (records are always written)
 * @param pollInterval how often workers look for due records when nothing woke them
 * @param lease how long a claimed record belongs to one worker; after that another replica may take it over
 * @param batchSize records claimed per poll
 * @param maxAttempts attempts before a record becomes a dead letter
 * @param initialBackoff wait after the first failure; doubles with every further failure
 * @param maxBackoff upper bound of the wait between attempts
 * @param retention how long delivered records are kept before they are purged
 */
@ConfigurationProperties("sozial.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("20") int batchSize,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("2s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("7d") Duration retention) {

    /** Wait before attempt {@code failedAttempts + 1}: exponential, capped. */
    Duration backoff(int failedAttempts) {
        long factor = 1L << Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = initialBackoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
