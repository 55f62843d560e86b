package de.sozialplattform.cms.content;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies scheduled publications and expiries when they fall due, one node per transaction. Several replicas
 * may run it: each due node is claimed by clearing its date with a conditional update, so only one replica acts;
 * when the change fails (e.g. the working copy no longer fits its content type) the claim rolls back with it and
 * the node stays due.
 */
@Component
class PublicationScheduler {

    static final String ACTOR = "system:scheduler";
    private static final Logger log = LoggerFactory.getLogger(PublicationScheduler.class);

    private final NodeStore nodes;
    private final ContentService content;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PublicationScheduler(NodeStore nodes, ContentService content, TransactionTemplate transactions, Clock clock) {
        this.nodes = nodes;
        this.content = content;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sozial.content.scheduler-interval:10s}")
    void applyDue() {
        for (NodeId id : nodes.duePublications(clock.instant())) {
            runSafely(id, () -> {
                if (nodes.claimDuePublication(id, clock.instant())) {
                    nodes.byId(id).ifPresent(node -> content.publishNow(node, ACTOR));
                }
            });
        }
        for (NodeId id : nodes.dueExpiries(clock.instant())) {
            runSafely(id, () -> {
                if (nodes.claimDueExpiry(id, clock.instant())) {
                    nodes.byId(id).ifPresent(node -> content.unpublishNow(node, ACTOR));
                }
            });
        }
    }

    private void runSafely(NodeId id, Runnable work) {
        try {
            transactions.executeWithoutResult(status -> work.run());
        } catch (RuntimeException e) {
            // An invalid working copy must not block the other due nodes; it stays scheduled and is reported.
            log.warn("Scheduled publication change of node {} failed: {}", id, e.getMessage());
        }
    }
}
