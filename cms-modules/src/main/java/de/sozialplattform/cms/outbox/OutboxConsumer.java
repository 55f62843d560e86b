package de.sozialplattform.cms.outbox;

import java.util.Set;

/**
 * Receives outbox events of its topics. Delivery is at least once: {@link #handle} may see the same message
 * again after a crash or a timeout, so it must be idempotent (the message id is a stable idempotency key).
 * Throwing means "not delivered": the message is retried later.
 */
public interface OutboxConsumer {

    /** Stable name stored with each record; renaming it orphans pending records. */
    String name();

    Set<String> topics();

    void handle(OutboxMessage message) throws Exception;
}
