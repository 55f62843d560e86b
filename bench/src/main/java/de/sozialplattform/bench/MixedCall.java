package de.sozialplattform.bench;

import java.util.List;
import java.util.Random;

/**
 * One client's calls of a mix: picks a query at random and remembers its scenario, so the latencies of a mixed run
 * can be broken down by scenario ({@link LoadRunner.Call#lastKind()}). One instance per client thread.
 */
final class MixedCall implements LoadRunner.Call {

    /** Sends one query on one side; true when it was answered. */
    interface Sender {
        boolean send(SearchScenarios.Query query) throws Exception;
    }

    private final List<SearchScenarios.Query> queries;
    private final Sender sender;
    private int kind;

    MixedCall(List<SearchScenarios.Query> queries, Sender sender) {
        this.queries = queries;
        this.sender = sender;
    }

    @Override
    public boolean run(Random random) throws Exception {
        SearchScenarios.Query query = queries.get(random.nextInt(queries.size()));
        kind = query.kind();
        return sender.send(query);
    }

    @Override
    public int lastKind() {
        return kind;
    }
}
