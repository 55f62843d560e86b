package de.sozialplattform.search.benefitfinder;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.search.SearchTestApplication;
import de.sozialplattform.search.centres.AdviceCentre;
import de.sozialplattform.search.centres.AdviceCentre.Address;
import de.sozialplattform.search.centres.AdviceCentre.Online;
import de.sozialplattform.search.centres.AdviceCentre.Point;
import de.sozialplattform.search.centres.AdviceCentreDocuments;
import de.sozialplattform.search.solr.SearchIndex;
import de.sozialplattform.search.solr.SolrFixtures;
import de.sozialplattform.search.taxonomy.Taxonomy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation over real HTTP with real advice centres in the embedded Solr and the real gazetteer: what a person
 * who asks for help near their PLZ sees next to the counselling offers.
 */
@SpringBootTest(classes = SearchTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluateAdviceIT {

    /** Düsseldorf-Oberbilk, the centroid of its gazetteer rows: 51.2117, 6.8071. */
    private static final String DUESSELDORF = "40227";
    /** Leipzig-Zentrum: 51.342, 12.375. */
    private static final String LEIPZIG = "04109";
    /** Insel Hiddensee, about 300 km from Leipzig and 550 km from Düsseldorf. */
    private static final String HIDDENSEE = "18565";

    private static final AdviceCentre SCHULDEN_OBERBILK = located("Schuldnerberatung Oberbilk", "schuldnerberatung",
            "40227", "Düsseldorf", 51.2140, 6.8100);
    private static final AdviceCentre SCHULDEN_ALTSTADT = located("Schuldnerberatung Altstadt", "schuldnerberatung",
            "40213", "Düsseldorf", 51.2260, 6.7730);
    private static final AdviceCentre SCHULDEN_BENRATH = located("Schuldnerberatung Benrath", "schuldnerberatung",
            "40597", "Düsseldorf", 51.1630, 6.8760);
    private static final AdviceCentre SCHULDEN_RATINGEN = located("Schuldnerberatung Ratingen", "schuldnerberatung",
            "40878", "Ratingen", 51.2970, 6.8490);
    private static final AdviceCentre SCHULDEN_LEIPZIG = located("Schuldnerberatung Leipzig-Zentrum",
            "schuldnerberatung", "04109", "Leipzig", 51.3400, 12.3740);
    private static final AdviceCentre SUCHT_FLINGERN = located("Suchtberatung Flingern", "suchtberatung", "40235",
            "Düsseldorf", 51.2300, 6.8100);
    private static final AdviceCentre SUCHT_LEIPZIG_OST = located("Suchtberatung Leipzig-Ost", "suchtberatung",
            "04317", "Leipzig", 51.3330, 12.4050);
    private static final AdviceCentre SUCHT_LEIPZIG_SUED = located("Suchtberatung Leipzig-Süd", "suchtberatung",
            "04275", "Leipzig", 51.3150, 12.3750);
    private static final AdviceCentre WOHNEN_DUESSELDORF = located("Fachstelle Wohnungsnotfälle Düsseldorf",
            "wohnungsnothilfe", "40210", "Düsseldorf", 51.2200, 6.7900);
    private static final AdviceCentre WOHNEN_LEIPZIG = located("Wohnungsnothilfe Leipzig", "wohnungsnothilfe",
            "04109", "Leipzig", 51.3450, 12.3800);
    /** Offered everywhere, so it has no distance: never among the nearest. */
    private static final AdviceCentre SCHULDEN_ONLINE = online("Online-Schuldnerberatung", "schuldnerberatung");
    /** Right at the PLZ's centre, but of a type no counselling result asks for. */
    private static final AdviceCentre ERZIEHUNG_OBERBILK = located("Erziehungsberatung Oberbilk", "erziehungsberatung",
            "40227", "Düsseldorf", 51.2117, 6.8071);

    /** Answers that make all four counselling offers "possible": debts, an addiction, rent arrears, hardship. */
    private static final String ANSWERS = """
            {"age": 35, "partner": false, "childrenUnder18": 0, "childrenInEducation18to24": 0,
             "residence": "german", "workCapacity": "yes", "employment": "unemployed", "householdGrossIncome": 0,
             "householdNetIncome": 0, "assets": 0, "housing": "rent", "monthlyRent": 500, "rentArrears": true,
             "currentBenefits": ["none"], "debts": true, "addiction": true, "specialDifficulties": true}""";
    private static final List<String> COUNSELLING = List.of("schuldnerberatung", "suchtberatung",
            "uebernahmeMietrueckstaende", "hilfeBesondereSozialeSchwierigkeiten");

    @Autowired
    SearchIndex index;
    @Autowired
    Taxonomy taxonomy;
    @Autowired
    LightModules lightModules;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void indexCentres() throws Exception {
        AdviceCentreDocuments documents = new AdviceCentreDocuments(taxonomy::label);
        index.client().deleteByQuery("*:*");
        SolrFixtures.indexAndCommit(index.client(), List.of(SCHULDEN_OBERBILK, SCHULDEN_ALTSTADT, SCHULDEN_BENRATH,
                SCHULDEN_RATINGEN, SCHULDEN_LEIPZIG, SUCHT_FLINGERN, SUCHT_LEIPZIG_OST, SUCHT_LEIPZIG_SUED,
                WOHNEN_DUESSELDORF, WOHNEN_LEIPZIG, SCHULDEN_ONLINE, ERZIEHUNG_OBERBILK).stream()
                .map(documents::toSolr).toList());
    }

    @Test
    void counsellingOffersListTheNearestThreeCentresOfTheirTypeWithDistances() {
        Answer answer = evaluate(DUESSELDORF, null);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.cacheControl()).isEqualTo("no-store");

        List<JsonNode> debts = advice(answer, "schuldnerberatung");
        assertThat(names(debts)).containsExactly(SCHULDEN_OBERBILK.name(), SCHULDEN_ALTSTADT.name(),
                SCHULDEN_BENRATH.name());
        assertThat(distances(debts)).isSorted().allSatisfy(km -> assertThat(km).isBetween(0.0, 10.0));
        assertThat(debts.get(0).get("id").asString()).isEqualTo(SCHULDEN_OBERBILK.id());
        assertThat(debts.get(0).get("address").get("street").asString())
                .isEqualTo(SCHULDEN_OBERBILK.address().street());

        List<JsonNode> addiction = advice(answer, "suchtberatung");
        assertThat(names(addiction)).containsExactly(SUCHT_FLINGERN.name(), SUCHT_LEIPZIG_SUED.name(),
                SUCHT_LEIPZIG_OST.name());
        assertThat(distances(addiction)).isSorted();
        assertThat(distances(addiction).get(1)).as("Leipzig from Düsseldorf").isGreaterThan(350.0);

        // both housing offers point to the Wohnungsnothilfe
        List<String> housing = List.of(WOHNEN_DUESSELDORF.name(), WOHNEN_LEIPZIG.name());
        assertThat(names(advice(answer, "uebernahmeMietrueckstaende"))).containsExactlyElementsOf(housing);
        assertThat(names(advice(answer, "hilfeBesondereSozialeSchwierigkeiten"))).containsExactlyElementsOf(housing);

        assertThat(results(answer)).filteredOn(result -> !result.get("counselling").asBoolean()).hasSize(11)
                .allSatisfy(result -> assertThat(result.has("advice")).as(result.get("benefit").asString()).isFalse());
        assertThat(results(answer)).filteredOn(result -> result.get("counselling").asBoolean())
                .allSatisfy(result -> assertThat(result.get("outcome").asString()).isEqualTo("possible"));
        assertThat(notes(answer)).doesNotContain(text(EvaluateAdvice.NOTE_ADVICE_UNAVAILABLE, "de"),
                text(EvaluateAdvice.NOTE_POSTAL_CODE_UNKNOWN, "de"));
    }

    @Test
    void aroundTheOtherCityItsOwnCentresComeFirst() {
        Answer answer = evaluate(LEIPZIG, "en");
        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> debts = advice(answer, "schuldnerberatung");
        // from Leipzig, the eastern Düsseldorf centres are the nearer ones
        assertThat(names(debts)).containsExactly(SCHULDEN_LEIPZIG.name(), SCHULDEN_BENRATH.name(),
                SCHULDEN_RATINGEN.name());
        assertThat(distances(debts).get(0)).isLessThan(1.0);
        assertThat(names(advice(answer, "suchtberatung"))).containsExactly(SUCHT_LEIPZIG_OST.name(),
                SUCHT_LEIPZIG_SUED.name(), SUCHT_FLINGERN.name());
    }

    @Test
    void farFromEveryCentreTheNearestAreStillListed() {
        Answer answer = evaluate(HIDDENSEE, null);
        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> debts = advice(answer, "schuldnerberatung");
        assertThat(names(debts)).hasSize(3).first().isEqualTo(SCHULDEN_LEIPZIG.name());
        assertThat(distances(debts)).isSorted().allSatisfy(km -> assertThat(km).isGreaterThan(250.0));
        assertThat(names(advice(answer, "uebernahmeMietrueckstaende"))).first().isEqualTo(WOHNEN_LEIPZIG.name());
        assertThat(notes(answer)).doesNotContain(text(EvaluateAdvice.NOTE_ADVICE_UNAVAILABLE, "de"));
    }

    /** A typo, or one of the few current PLZ GeoNames lacks: the evaluation comes, with a note instead of centres. */
    @Test
    void aWellFormedButUnknownPostalCodeGivesTheEvaluationWithANote() {
        for (String lang : List.of("de", "en")) {
            Answer answer = evaluate("00000", lang);
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
            assertThat(answer.cacheControl()).isEqualTo("no-store");
            assertThat(results(answer)).hasSize(BenefitFinderTest.BENEFITS.size());
            COUNSELLING.forEach(benefit -> assertThat(advice(answer, benefit)).as(benefit).isEmpty());
            assertThat(notes(answer)).contains(text(EvaluateAdvice.NOTE_POSTAL_CODE_UNKNOWN, lang))
                    .doesNotContain(text(EvaluateAdvice.NOTE_ADVICE_UNAVAILABLE, lang));
            assertThat(answer.body().toString()).doesNotContain("00000");
        }
        assertThat(text(EvaluateAdvice.NOTE_POSTAL_CODE_UNKNOWN, "de")).contains("Postleitzahl");
    }

    @Test
    void aMalformedPostalCodeIsA400NamingIt() {
        for (String postalCode : List.of("\"4022\"", "\"40227a\"", "40227")) {
            Answer answer = post("{\"answers\": " + ANSWERS + ", \"postalCode\": " + postalCode + "}", null);
            assertThat(answer.status()).as(postalCode).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.cacheControl()).isEqualTo("no-store");
            assertThat(list(answer.body().get("errors"))).extracting(error -> error.get("field").asString())
                    .containsExactly("postalCode");
            assertThat(answer.body().toString()).doesNotContain("4022");
        }
    }

    /** The live core taken off line through Solr's core admin API, as the CMS indexer tests do. */
    @Test
    void withoutTheIndexTheEvaluationStillAnswersWithANote() throws Exception {
        String instanceDir = stopLiveCore();
        try {
            Answer answer = evaluate(DUESSELDORF, null);
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
            assertThat(results(answer)).hasSize(BenefitFinderTest.BENEFITS.size());
            COUNSELLING.forEach(benefit -> assertThat(advice(answer, benefit)).as(benefit).isEmpty());
            assertThat(notes(answer)).contains(text(EvaluateAdvice.NOTE_ADVICE_UNAVAILABLE, "de"));
        } finally {
            restartLiveCore(instanceDir);
        }
        assertThat(names(advice(evaluate(DUESSELDORF, null), "schuldnerberatung"))).first()
                .isEqualTo(SCHULDEN_OBERBILK.name());
    }

    private String stopLiveCore() throws Exception {
        String instanceDir = (String) CoreAdminRequest.getStatus(SolrFixtures.LIVE, index.client())
                .getCoreStatus(SolrFixtures.LIVE).get("instanceDir");
        CoreAdminRequest.unloadCore(SolrFixtures.LIVE, false, false, index.client());
        assertThat(index.ready()).isFalse();
        return instanceDir;
    }

    private void restartLiveCore(String instanceDir) throws Exception {
        CoreAdminRequest.Create create = new CoreAdminRequest.Create();
        create.setCoreName(SolrFixtures.LIVE);
        create.setInstanceDir(instanceDir);
        create.setConfigSet(SolrFixtures.LIVE);
        create.process(index.client());
        assertThat(index.ready()).isTrue();
    }

    private record Answer(int status, JsonNode body, String contentType, String cacheControl) {
    }

    private Answer evaluate(String postalCode, String lang) {
        return post("{\"date\": \"2025-06-01\", \"postalCode\": \"" + postalCode + "\", \"answers\": " + ANSWERS
                + "}", lang);
    }

    private Answer post(String body, String lang) {
        URI uri = URI.create("http://localhost:" + port + EvaluateController.PATH + (lang == null ? "" : "?lang=" + lang));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), json.readTree(response.body()),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Cache-Control").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String text(String key, String lang) {
        return lightModules.messages().get(key, lang);
    }

    private static List<JsonNode> results(Answer answer) {
        return list(answer.body().get("results"));
    }

    private static List<JsonNode> advice(Answer answer, String benefit) {
        JsonNode result = results(answer).stream().filter(r -> r.get("benefit").asString().equals(benefit))
                .findFirst().orElseThrow();
        assertThat(result.get("counselling").asBoolean()).as(benefit).isTrue();
        assertThat(result.has("advice")).as("%s has advice", benefit).isTrue();
        return list(result.get("advice"));
    }

    private static List<String> notes(Answer answer) {
        return list(answer.body().get("notes")).stream().map(JsonNode::asString).toList();
    }

    private static List<String> names(List<JsonNode> centres) {
        return centres.stream().map(centre -> centre.get("name").asString()).toList();
    }

    private static List<Double> distances(List<JsonNode> centres) {
        assertThat(centres).allSatisfy(centre -> assertThat(centre.has("distanceKm")).isTrue());
        return centres.stream().map(centre -> centre.get("distanceKm").asDouble()).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        return array == null ? List.of() : StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static AdviceCentre located(String name, String type, String postalCode, String city, double lat,
            double lon) {
        return centre(name, type, new Address("Beispielstraße 1", postalCode, city), new Point(lat, lon, false),
                new Online(List.of(), null), false);
    }

    private static AdviceCentre online(String name, String type) {
        return centre(name, type, null, null, new Online(List.of("chat"), "https://example.org/chat"), true);
    }

    private static AdviceCentre centre(String name, String type, Address address, Point point, Online online,
            boolean everywhere) {
        String id = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        return new AdviceCentre(id, "/standorte/test/" + id, name, null, List.of(type), List.of(),
                List.of("erwachsene"), address, point, online, null, null, null, null, List.of("de"), false, false,
                false, true, false, everywhere, everywhere, List.of(), Map.of("de", Map.of("description", name)),
                List.of(), null, Instant.parse("2026-11-01T10:00:00Z"));
    }
}
