package de.sozialplattform.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The benefit finder on the packaged jar: its results carry the titles and links editors published, the linked
 * information pages open, and a person's answers leave no trace — not in the log, not in a URL, not in the
 * database.
 */
class BenefitFinderPrivacyIT {

    /** Answers nobody else would give (rent up to 100,000 € is accepted), so any trace of them is found. */
    private static final String NET_INCOME = "1234";
    private static final String ASSETS = "987651";
    private static final String RENT = "97531";

    private static final Pattern ANSWER = Pattern.compile("(?<![0-9])(" + ASSETS + "|" + RENT + ")(?![0-9])");

    @RegisterExtension
    final AppProcesses apps = new AppProcesses();

    @TempDir
    Path dir;

    private final List<URI> requested = new ArrayList<>();

    @Test
    void answersLeaveNoTraceAndResultsLinkToThePublishedContent() throws SQLException {
        Path data = dir.resolve("data").toAbsolutePath();
        AppProcess app = apps.create("BenefitFinderPrivacyIT", dir, List.of("--SOZIAL_DATA_DIR=" + data)).start();

        Document result = walkThroughTheWebForm(app);
        assertEquals("Ihr Ergebnis", result.select("h1").text(), result.text());
        Element buergergeld = result.select(".result-item").stream()
                .filter(item -> item.select("h3").text().equals("Bürgergeld")).findFirst().orElseThrow();
        String infoPage = buergergeld.select(".result-links a").first().attr("href");
        assertEquals("/seiten/leistungen/buergergeld", infoPage);
        assertTrue(buergergeld.select("a.apply").attr("href").startsWith("https://"), buergergeld.outerHtml());
        HttpResponse<String> page = app.send(HttpRequest.newBuilder(app.uri(infoPage)).GET());
        assertEquals(200, page.statusCode());
        assertEquals("Bürgergeld", Jsoup.parse(page.body()).select("h1").text());

        HttpResponse<String> api = app.send(HttpRequest.newBuilder(app.uri("/api/v1/benefit-finder/evaluate?lang=en"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"answers": {"age": 41, "residence": "german", "workCapacity": "yes",
                         "householdNetIncome": %s, "assets": %s, "housing": "rent", "monthlyRent": %s},
                         "postalCode": "40227"}""".formatted(NET_INCOME, ASSETS, RENT))));
        assertEquals(200, api.statusCode(), api.body());
        JsonNode evaluation = ManagementApi.JSON.readTree(api.body());
        assertEquals("Citizen's income (Bürgergeld)", evaluation.path("results").get(0).path("title").asString());
        HttpResponse<String> bad = app.send(HttpRequest.newBuilder(app.uri("/api/v1/benefit-finder/evaluate"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"answers\": {\"age\": 41, \"assets\": \"" + ASSETS + "x\"}}")));
        assertEquals(400, bad.statusCode());
        assertFalse(bad.body().contains(ASSETS), "a problem repeats no answer: " + bad.body());

        for (URI uri : requested) {
            assertFalse(containsAnAnswer(uri.toString()), "an answer in a URL: " + uri);
        }
        String log = app.log();
        assertFalse(containsAnAnswer(log), "an answer in the log");
        assertEquals(AppProcess.EXIT_SIGTERM, app.stop(), "stopped, so the database can be opened");
        List<String> stored = storedTextContaining(data.resolve("db/sozialplattform"));
        assertTrue(stored.isEmpty(), "answers in the database: " + stored);
    }

    private Document walkThroughTheWebForm(AppProcess app) {
        Document page = get(app, "/sozialleistungsfinder");
        page = submit(app, page, Map.of());
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("age", "41");
        answers.put("partner", "false");
        answers.put("childrenUnder18", "0");
        answers.put("childrenInEducation18to24", "0");
        answers.put("residence", "german");
        answers.put("workCapacity", "yes");
        answers.put("employment", "unemployed");
        answers.put("householdGrossIncome", "0");
        answers.put("householdNetIncome", NET_INCOME);
        answers.put("assets", ASSETS);
        answers.put("housing", "rent");
        answers.put("monthlyRent", RENT);
        answers.put("rentArrears", "false");
        answers.put("currentBenefits", "none");
        answers.put("debts", "false");
        answers.put("addiction", "false");
        answers.put("specialDifficulties", "false");
        for (var answer : answers.entrySet()) {
            assertEquals(answer.getKey(), page.select("input[name=step]").attr("value"), page.text());
            page = submit(app, page, Map.of("a." + answer.getKey(), answer.getValue(), "action", "next"));
        }
        return submit(app, page, Map.of("postalCode", "40227", "action", "next"));
    }

    private Document get(AppProcess app, String path) {
        URI uri = app.uri(path);
        requested.add(uri);
        HttpResponse<String> response = app.send(HttpRequest.newBuilder(uri).GET());
        assertEquals(200, response.statusCode());
        return Jsoup.parse(response.body());
    }

    /** Posts the page's first form as a browser would, its hidden fields included. */
    private Document submit(AppProcess app, Document page, Map<String, String> fields) {
        Element form = page.select("main form").first();
        Map<String, List<String>> body = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input ->
                body.computeIfAbsent(input.attr("name"), name -> new ArrayList<>()).add(input.attr("value")));
        fields.forEach((name, value) -> body.put(name, List.of(value)));
        URI uri = app.uri(form.attr("action"));
        requested.add(uri);
        String encoded = body.entrySet().stream().flatMap(entry -> entry.getValue().stream()
                        .map(value -> encode(entry.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = app.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        return Jsoup.parse(response.body());
    }

    /** Every text value of every table of the stopped application's H2 database that holds one of the answers. */
    private static List<String> storedTextContaining(Path database) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA NOT IN ('INFORMATION_SCHEMA') AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add("\"" + rows.getString(1) + "\".\"" + rows.getString(2) + "\"");
                }
            }
            assertFalse(tables.isEmpty(), "no tables found");
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            String value = rows.getString(column);
                            if (value != null && containsAnAnswer(value)) {
                                found.add(table + ": " + value.substring(0, Math.min(200, value.length())));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** A marker as a number of its own: the digits of a timestamp or of a longer number are no answer. */
    private static boolean containsAnAnswer(String text) {
        return ANSWER.matcher(text).find();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
