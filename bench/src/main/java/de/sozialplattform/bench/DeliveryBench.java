package de.sozialplattform.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Delivery API benchmark: loads generated pages, checks that API and JDBC read the same rows, then measures
 * every scenario at every number of clients, first through the API over HTTP, then directly with JDBC from the
 * application's connection pool. Aborts when more than 1 % of the requests of a row fail.
 */
@Component
class DeliveryBench {

    private static final double MAX_ERROR_RATE = 0.01;
    private static final int CHECKED_TARGETS = 5;

    private final BenchProperties settings;
    private final PageLoader loader;
    private final DataSource dataSource;
    private final JsonMapper json;
    private final Environment environment;
    private final Report report = new Report(System.out);

    DeliveryBench(BenchProperties settings, PageLoader loader, DataSource dataSource, JsonMapper json,
            Environment environment) {
        this.settings = settings;
        this.loader = loader;
        this.dataSource = dataSource;
        this.json = json;
        this.environment = environment;
    }

    /** Runs the benchmark; returns the exit status. */
    int run() throws Exception {
        report.machine(settings, dataSource);
        List<PageGenerator.Page> pages = new PageGenerator(settings.seed()).pages(settings.pages());
        long loadStart = System.nanoTime();
        loader.load(pages, settings.batchSize());
        report.loaded(pages.size(), Duration.ofNanos(System.nanoTime() - loadStart), readModel());

        String base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
        List<HttpClient> clients = IntStream.range(0, Collections.max(settings.clients()))
                .mapToObj(i -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build())
                .toList();
        List<Scenario> scenarios = List.of(Scenario.pageByPath(pages.stream().map(PageGenerator.Page::path).toList()),
                Scenario.listByTopic(), Scenario.fullText());
        for (Scenario scenario : scenarios) {
            if (!sameRows(scenario, clients.get(0), base)) {
                return 1;
            }
        }

        Duration warmup = Duration.ofSeconds(settings.warmupSeconds());
        Duration measure = Duration.ofSeconds(settings.seconds());
        // Garbage and JIT state of the loading should not land in the first rows: collect, then warm up every
        // scenario on both sides once before the first measurement.
        System.gc();
        for (Scenario scenario : scenarios) {
            measure(scenario, clients, base, Collections.max(settings.clients()), Duration.ZERO, warmup);
        }

        report.header();
        long apiRequests = 0;
        long apiErrors = 0;
        for (Scenario scenario : scenarios) {
            for (int count : settings.clients()) {
                Measurement[] sides = measure(scenario, clients, base, count, warmup, measure);
                report.row(scenario, sides[0], sides[1]);
                apiRequests += sides[0].requests() + sides[0].errors();
                apiErrors += sides[0].errors();
                if (sides[0].errorRate() > MAX_ERROR_RATE || sides[1].errorRate() > MAX_ERROR_RATE) {
                    report.note("Aborted: more than 1 % of the requests failed.");
                    return 1;
                }
            }
        }
        report.note(String.format(Locale.ROOT, "%nAPI requests measured: %d, answered other than 200: %d", apiRequests,
                apiErrors));
        return 0;
    }

    /** The API side, then the JDBC side of one row. */
    private Measurement[] measure(Scenario scenario, List<HttpClient> clients, String base, int count,
            Duration warmup, Duration measure) throws InterruptedException {
        Measurement api = LoadRunner.run(count, warmup, measure, settings.seed(),
                client -> random -> get(clients.get(client), base, scenario, random).statusCode() == 200);
        Measurement jdbc = LoadRunner.run(count, warmup, measure, settings.seed(),
                client -> random -> !readDirectly(scenario, scenario.pick().apply(random)).isEmpty());
        return new Measurement[] {api, jdbc};
    }

    /** Checks a few targets: the API answer shows exactly the rows the direct read returns, in the same order. */
    private boolean sameRows(Scenario scenario, HttpClient client, String base) throws Exception {
        Random random = new Random(settings.seed());
        for (int i = 0; i < CHECKED_TARGETS; i++) {
            String target = scenario.pick().apply(random);
            HttpResponse<byte[]> answer = send(client, base + scenario.apiPath().apply(target));
            List<String> direct = readDirectly(scenario, target);
            if (answer.statusCode() != 200 || !Scenario.paths(json.readTree(answer.body())).equals(direct)) {
                report.note("Aborted: " + scenario.name() + " for '" + target + "': the API answered "
                        + answer.statusCode() + " " + new String(answer.body(), StandardCharsets.UTF_8)
                        + "\nbut JDBC read " + direct);
                return false;
            }
        }
        report.note("checked:  " + scenario.name() + ": API and JDBC return the same rows for " + CHECKED_TARGETS
                + " targets");
        return true;
    }

    private HttpResponse<byte[]> get(HttpClient client, String base, Scenario scenario, Random random)
            throws Exception {
        return send(client, base + scenario.apiPath().apply(scenario.pick().apply(random)));
    }

    private static HttpResponse<byte[]> send(HttpClient client, String uri) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<String> readDirectly(Scenario scenario, String target) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return scenario.readDirectly(connection, target);
        }
    }

    private String readModel() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT (SELECT COUNT(*) FROM published_node),"
                        + " (SELECT COUNT(*) FROM published_value), (SELECT COUNT(*) FROM published_text),"
                        + " (SELECT AVG(CHAR_LENGTH(text)) FROM published_text WHERE lang = 'de')")) {
            rows.next();
            return String.format(Locale.ROOT, "read model: %d published_node, %d published_value,"
                    + " %d published_text rows (German text %.0f chars per page)", rows.getLong(1), rows.getLong(2),
                    rows.getLong(3), rows.getDouble(4));
        }
    }
}
