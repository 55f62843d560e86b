package de.sozialplattform.search.solr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * A search client that queries the live index without pause in its own thread and remembers the fewest hits it
 * saw, to show that a switch-over never exposes an empty index. Usable by any test that rebuilds the index.
 */
public final class ContinuousReader implements AutoCloseable {

    private final SolrClient client;
    private final Thread thread;
    private final AtomicLong queries = new AtomicLong();
    private final AtomicLong fewestHits = new AtomicLong(Long.MAX_VALUE);
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running = true;

    private ContinuousReader(SolrClient client) {
        this.client = client;
        this.thread = new Thread(this::run, "continuous-reader");
        this.thread.setDaemon(true);
    }

    /** Starts querying {@code client} (match-all, rows=0) at once. */
    public static ContinuousReader start(SolrClient client) {
        ContinuousReader reader = new ContinuousReader(client);
        reader.thread.start();
        return reader;
    }

    private void run() {
        while (running) {
            try {
                long hits = client.query(new SolrQuery().setRows(0)).getResults().getNumFound();
                fewestHits.accumulateAndGet(hits, Math::min);
            } catch (Exception | AssertionError e) { // AssertionError: Solr's own asserts (-ea) in embedded mode
                failures.add(e.toString());
            }
            queries.incrementAndGet();
        }
    }

    /** Waits until {@code more} further queries have completed (to cover the time after a switch-over). */
    public void awaitQueries(long more) throws InterruptedException {
        long target = queries.get() + more;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (queries.get() < target && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    public long queries() {
        return queries.get();
    }

    /** Fewest hits any query saw; {@link Long#MAX_VALUE} before the first answer. */
    public long fewestHits() {
        return fewestHits.get();
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
