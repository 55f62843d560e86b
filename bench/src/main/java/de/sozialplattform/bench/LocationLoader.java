package de.sozialplattform.bench;

import de.sozialplattform.search.centres.AdviceCentreDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;

/**
 * Loads generated locations into the live index the way the indexer writes them ({@link AdviceCentreDocuments}),
 * but in big batches and without the outbox: one update request per batch, one loader thread per core (the Solr
 * node indexes each request on its own thread, so two cores do twice the work), and a single commit at the end,
 * after which every location is searchable.
 */
final class LocationLoader {

    private final SolrClient solr;
    private final AdviceCentreDocuments documents;

    LocationLoader(SolrClient solr, AdviceCentreDocuments documents) {
        this.solr = solr;
        this.documents = documents;
    }

    void load(LocationGenerator generator, int count, int batchSize) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService loaders = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < count; from += batchSize) {
                int start = from;
                int end = Math.min(from + batchSize, count);
                done.add(loaders.submit(() -> {
                    List<SolrInputDocument> batch = IntStream.range(start, end).mapToObj(generator::location)
                            .map(documents::toSolr).toList();
                    solr.add(batch);
                    return null;
                }));
            }
            for (Future<?> batch : done) {
                batch.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            loaders.shutdownNow();
        }
        solr.commit();
    }
}
