package de.sozialplattform.bench;

import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.NewNode;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.PublishRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates and publishes the generated pages through {@link ContentService}, the way editors' changes arrive:
 * a batch of pages per transaction, one topic folder per loader thread at a time (one thread per core), so
 * loading takes seconds rather than minutes and no two transactions add children to the same folder.
 */
@Component
class PageLoader {

    private static final String WORKSPACE = "pages";
    private static final String ACTOR = "bench";

    private final ContentService content;
    private final TransactionTemplate transactions;

    PageLoader(ContentService content, PlatformTransactionManager transactionManager) {
        this.content = content;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    void load(List<PageGenerator.Page> pages, int batchSize) throws InterruptedException, ExecutionException {
        transactions.executeWithoutResult(status -> {
            publish(folder("/", "bench"));
            PageGenerator.TOPICS.forEach(topic -> publish(folder("/bench", topic)));
        });
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), PageGenerator.TOPICS.size());
        ExecutorService loaders = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String topic : PageGenerator.TOPICS) {
                List<PageGenerator.Page> ofTopic = pages.stream().filter(page -> page.topic().equals(topic)).toList();
                done.add(loaders.submit(() -> loadInBatches(ofTopic, batchSize)));
            }
            for (Future<?> result : done) {
                result.get();
            }
        } finally {
            loaders.shutdownNow();
        }
    }

    private void loadInBatches(List<PageGenerator.Page> pages, int batchSize) {
        for (int from = 0; from < pages.size(); from += batchSize) {
            List<PageGenerator.Page> batch = pages.subList(from, Math.min(from + batchSize, pages.size()));
            transactions.executeWithoutResult(status -> batch.forEach(page -> publish(content.create(
                    new NewNode(null, WORKSPACE, PageGenerator.folder(page.topic()), page.name(), "infoPage",
                            page.properties()), ACTOR))));
        }
    }

    private Node folder(String parent, String name) {
        return content.create(new NewNode(null, WORKSPACE, parent, name, "mgnl:folder", Map.of()), ACTOR);
    }

    private void publish(Node node) {
        content.publish(WORKSPACE, node.path(), node.lockVersion(), PublishRequest.now(), ACTOR);
    }
}
