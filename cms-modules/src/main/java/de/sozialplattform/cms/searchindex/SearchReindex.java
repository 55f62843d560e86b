package de.sozialplattform.cms.searchindex;

import de.sozialplattform.cms.problem.ConflictException;
import de.sozialplattform.search.solr.Rebuild;
import de.sozialplattform.search.solr.SearchIndex;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Rebuilds the index from all published locations next to the live one, switches over, then replays the events
 * recorded since the rebuild began: the indexer kept writing those into the index that was just replaced. Searches
 * use the old index until the switch-over, so they never see an empty or half-filled one.
 */
@Component
class SearchReindex {

    private final SearchIndex index;
    private final LocationSource source;
    private final CentreUpdates updates;
    private final SearchIndexer indexer;
    private final OutboxReplay replay;
    private final SearchIndexProperties properties;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    SearchReindex(SearchIndex index, LocationSource source, CentreUpdates updates, SearchIndexer indexer,
            OutboxReplay replay, SearchIndexProperties properties, Clock clock) {
        this.index = index;
        this.source = source;
        this.updates = updates;
        this.indexer = indexer;
        this.replay = replay;
        this.properties = properties;
        this.clock = clock;
    }

    /** @throws ConflictException another reindex is running in this process */
    ReindexResult reindex() throws IOException, InterruptedException, SolrServerException {
        if (!running.tryLock()) {
            throw new ConflictException("A reindex is already running; try again when it has finished.");
        }
        try {
            return rebuild();
        } finally {
            running.unlock();
        }
    }

    private ReindexResult rebuild() throws IOException, InterruptedException, SolrServerException {
        long started = System.nanoTime();
        Instant since = clock.instant().minus(properties.replayMargin());
        int indexed;
        try (Rebuild rebuild = index.startRebuild()) {
            indexed = fill(rebuild.client());
            rebuild.switchOver();
        }
        // A remote source records no events here; the next sync picks up what changed during this one.
        int replayed = properties.remote() ? 0 : indexer.apply(index.client(), replay.since(since));
        return new ReindexResult(indexed, replayed, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                source.name());
    }

    private int fill(SolrClient client) throws IOException, InterruptedException, SolrServerException {
        List<SolrInputDocument> batch = new ArrayList<>();
        AtomicInteger indexed = new AtomicInteger();
        source.forEachPage(page -> {
            for (Map<String, JsonNode> location : page) {
                updates.document(location).ifPresent(batch::add);
            }
            if (batch.size() >= properties.batchSize()) {
                send(client, batch, indexed);
            }
        });
        send(client, batch, indexed);
        return indexed.get();
    }

    private void send(SolrClient client, List<SolrInputDocument> batch, AtomicInteger indexed)
            throws IOException, SolrServerException {
        updates.add(client, batch);
        indexed.addAndGet(batch.size());
        batch.clear();
    }
}
