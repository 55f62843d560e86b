package de.sozialplattform.cms.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the published read model on start when it is out of step with the published nodes (a database from
 * before the read model existed, or rows removed by hand), so the Delivery API always shows what is published.
 */
@Component
class PublishedIndexRepair implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PublishedIndexRepair.class);

    private final PublishedIndex index;
    private final NodeStore nodes;
    private final VersionStore versions;
    private final TransactionTemplate transactions;

    PublishedIndexRepair(PublishedIndex index, NodeStore nodes, VersionStore versions, TransactionTemplate transactions) {
        this.index = index;
        this.nodes = nodes;
        this.versions = versions;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(transactions.execute(status -> index.inStep()))) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            index.clear();
            for (NodeId id : nodes.publishedIds()) {
                nodes.byId(id).ifPresent(node ->
                        versions.get(id, node.publishedVersion()).ifPresent(version -> index.put(node, version)));
            }
        });
        log.info("Rebuilt the published read model");
    }
}
