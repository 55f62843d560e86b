package de.sozialplattform.bench;

import de.sozialplattform.search.centres.AdviceCentreDocuments;
import de.sozialplattform.search.geo.Gazetteer;
import de.sozialplattform.search.taxonomy.Taxonomy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.solr.client.solrj.SolrClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search benchmark: loads generated locations into the Solr node, checks that the baseline sends the API's
 * queries, then measures the mix of {@link SearchScenarios} at every number of clients, through the API and straight
 * against Solr, in alternating slices so both sides see the same machine state. Aborts when more than 1 % of the
 * requests of a row fail.
 */
final class SearchBench {

    /** How a run ended, and its rows (for the smoke test). */
    record Outcome(int status, List<Row> rows) {
    }

    /** One row: {@code scenario} is a scenario's name, or {@link #MIX} for the whole mix. */
    record Row(String scenario, Measurement api, Measurement solr) {
    }

    static final String MIX = "all scenarios, mixed";
    private static final double MAX_ERROR_RATE = 0.01;
    private static final int CHECKED_PER_SCENARIO = 5;

    /** The application and the node the bench runs against. */
    record Target(String apiBase, String nodeUrl, String core, Path plzFile, long startedNanos) {
    }

    private final SearchBenchProperties settings;
    private final Target target;
    private final SolrClient solr;
    private final AdviceCentreDocuments documents;
    private final Gazetteer gazetteer;
    private final Taxonomy taxonomy;
    private final JsonMapper json;
    private final SearchReport report;

    SearchBench(SearchBenchProperties settings, Target target, SolrClient solr, AdviceCentreDocuments documents,
            Gazetteer gazetteer, Taxonomy taxonomy, JsonMapper json, SearchReport report) {
        this.settings = settings;
        this.target = target;
        this.solr = solr;
        this.documents = documents;
        this.gazetteer = gazetteer;
        this.taxonomy = taxonomy;
        this.json = json;
        this.report = report;
    }

    Outcome run() throws Exception {
        report.machine(settings, target.nodeUrl(), target.core(), target.plzFile());
        PostalCodePoints points = PostalCodePoints.read(target.plzFile());
        Map<String, List<String>> topicsByType = new LinkedHashMap<>();
        taxonomy.types().forEach(type -> topicsByType.put(type.id(), type.topics()));
        long loadStart = System.nanoTime();
        new LocationLoader(solr, documents).load(new LocationGenerator(points, topicsByType, settings.seed(),
                settings.locations()), settings.locations(), settings.batchSize());
        Duration loading = Duration.ofNanos(System.nanoTime() - loadStart);
        report.loaded(settings.locations(), settings.batchSize(), loading, IndexStatus.describe(target, json));

        List<SearchScenarios.Query> queries = new SearchScenarios(points, topicsByType, gazetteer, settings.seed())
                .queries(settings.queriesPerScenario());
        SearchClients clients = new SearchClients(target.apiBase(), target.nodeUrl() + "/" + target.core(),
                Collections.max(settings.clients()));
        if (!sameResults(queries, clients)) {
            return new Outcome(1, List.of());
        }

        // Garbage and JIT state of the loading should not land in the first row: collect, then warm both sides up.
        System.gc();
        Duration initialWarmup = Duration.ofSeconds(settings.initialWarmupSeconds());
        int warmupClients = Collections.max(settings.clients());
        LoadRunner.runAll(warmupClients, Duration.ZERO, initialWarmup, settings.seed(), api(queries, clients));
        LoadRunner.runAll(warmupClients, Duration.ZERO, initialWarmup, settings.seed(), solr(queries, clients));

        List<Row> mixed = new ArrayList<>();
        List<Row> byScenario = new ArrayList<>();
        report.header("mix of " + SearchScenarios.NAMES.size() + " scenarios");
        for (int count : settings.clients()) {
            List<Row> rows = measure(count, queries, clients);
            Row row = rows.get(0);
            report.row(MIX, row.api(), row.solr());
            mixed.add(row);
            byScenario.addAll(rows.subList(1, rows.size()));
            if (row.api().errorRate() > MAX_ERROR_RATE || row.solr().errorRate() > MAX_ERROR_RATE) {
                report.note("Aborted: more than 1 % of the requests failed.");
                return new Outcome(1, mixed);
            }
        }
        report.header("by scenario");
        byScenario.stream().sorted(Comparator.comparing(row -> SearchScenarios.NAMES.indexOf(row.scenario())))
                .forEach(row -> report.row(row.scenario(), row.api(), row.solr()));
        summary(mixed);
        List<Row> rows = new ArrayList<>(mixed);
        rows.addAll(byScenario);
        return new Outcome(0, rows);
    }

    /**
     * The slices of one number of clients, alternating which side goes first (API–Solr, Solr–API, …) so drift on the
     * machine (other load, GC, caches) evens out; both sides of a round send the same sequence of queries. Returns
     * the row of the whole mix, then one per scenario.
     */
    private List<Row> measure(int count, List<SearchScenarios.Query> queries, SearchClients clients)
            throws InterruptedException {
        List<LoadRunner.Run> apiRuns = new ArrayList<>();
        List<LoadRunner.Run> solrRuns = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            long seed = settings.seed() + round;
            if (round % 2 == 0) {
                apiRuns.add(slice(count, seed, api(queries, clients)));
                solrRuns.add(slice(count, seed, solr(queries, clients)));
            } else {
                solrRuns.add(slice(count, seed, solr(queries, clients)));
                apiRuns.add(slice(count, seed, api(queries, clients)));
            }
        }
        List<Row> rows = new ArrayList<>(List.of(new Row(MIX, merge(apiRuns, -1), merge(solrRuns, -1))));
        for (int kind = 0; kind < SearchScenarios.NAMES.size(); kind++) {
            rows.add(new Row(SearchScenarios.NAMES.get(kind), merge(apiRuns, kind), merge(solrRuns, kind)));
        }
        return rows;
    }

    private LoadRunner.Run slice(int count, long seed, IntFunction<LoadRunner.Call> calls)
            throws InterruptedException {
        return LoadRunner.runAll(count, Duration.ofSeconds(settings.warmupSeconds()),
                Duration.ofSeconds(settings.seconds()), seed, calls);
    }

    private static Measurement merge(List<LoadRunner.Run> runs, int kind) {
        return Measurement.merge(runs.stream().map(run -> kind < 0 ? run.measurement() : run.measurement(kind))
                .toList());
    }

    private static IntFunction<LoadRunner.Call> api(List<SearchScenarios.Query> queries,
            SearchClients clients) {
        return client -> new MixedCall(queries, query -> clients.api(client, query));
    }

    private static IntFunction<LoadRunner.Call> solr(List<SearchScenarios.Query> queries,
            SearchClients clients) {
        return client -> new MixedCall(queries, query -> clients.solr(client, query));
    }

    /** Checks a few queries of each scenario: the API and Solr find the same locations in the same order. */
    private boolean sameResults(List<SearchScenarios.Query> queries, SearchClients clients) throws Exception {
        for (int kind = 0; kind < SearchScenarios.NAMES.size(); kind++) {
            int finalKind = kind;
            List<SearchScenarios.Query> checked = queries.stream().filter(query -> query.kind() == finalKind)
                    .limit(CHECKED_PER_SCENARIO).toList();
            long fewest = Long.MAX_VALUE;
            long most = 0;
            for (SearchScenarios.Query query : checked) {
                SearchClients.Comparison comparison = clients.compare(query, json);
                if (comparison.difference() != null) {
                    report.note("Aborted: " + query.apiPath() + ": " + comparison.difference());
                    return false;
                }
                fewest = Math.min(fewest, comparison.total());
                most = Math.max(most, comparison.total());
            }
            report.note(String.format(Locale.ROOT, "checked:   %s: API and Solr find the same locations in"
                    + " the same order for %d queries (%d to %d hits)", SearchScenarios.NAMES.get(kind),
                    checked.size(), fewest, most));
        }
        return true;
    }

    private void summary(List<Row> mixed) {
        long apiRequests = mixed.stream().mapToLong(row -> row.api().requests() + row.api().errors()).sum();
        long apiErrors = mixed.stream().mapToLong(row -> row.api().errors()).sum();
        long solrRequests = mixed.stream().mapToLong(row -> row.solr().requests() + row.solr().errors()).sum();
        long solrErrors = mixed.stream().mapToLong(row -> row.solr().errors()).sum();
        report.note(String.format(Locale.ROOT, "%nrequests measured: API %d (answered other than 200: %d),"
                + " Solr %d (other than 200: %d)", apiRequests, apiErrors, solrRequests, solrErrors));
        report.note(String.format(Locale.ROOT, "total run time: %.0f s (Solr node start to last row)",
                (System.nanoTime() - target.startedNanos()) / 1e9));
        // On a shared machine the load often changes during a run; the figures are only as good as it was quiet.
        report.note("load:      " + Report.loadAverage() + " at the end of the run");
    }
}
