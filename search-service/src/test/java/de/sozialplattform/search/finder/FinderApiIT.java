package de.sozialplattform.search.finder;

import static de.sozialplattform.search.finder.FinderFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.search.SearchTestApplication;
import de.sozialplattform.search.solr.SearchIndex;
import de.sozialplattform.search.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The advice-centre API over real HTTP against an embedded Solr holding the finder fixtures. */
@SpringBootTest(classes = SearchTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinderApiIT {

    @Autowired
    SearchIndex index;
    @Autowired
    Taxonomy taxonomy;
    @LocalServerPort
    int port;
    FinderApi api;

    @BeforeAll
    void indexFixtures() throws Exception {
        api = new FinderApi(port);
        FinderFixtures.index(index, taxonomy);
    }

    @Test
    void searchByPostalCodeGivesTheNearestWithinTheRadiusByDistanceAndNationwideOffersMarked() {
        JsonNode body = ok(api.get("/api/v1/advice-centres", "location", "40227", "radiusKm", "10", "type", "suchtberatung"));
        assertThat(body.get("origin").get("postalCode").asString()).isEqualTo("40227");
        List<JsonNode> results = list(body.get("results"));
        assertThat(names(results)).startsWith(PSB.name()).contains(KOMM_PASS.name(), FACHSTELLE.name(), SUCHT_CHAT.name())
                .doesNotContain(EMMERICH.name(), SCHULDEN_DUESSELDORF.name(), SCHULDEN_ONLINE.name());
        List<Double> distances = results.stream().filter(r -> !r.get("nationwide").asBoolean())
                .map(r -> r.get("distanceKm").asDouble()).toList();
        assertThat(distances).isSorted().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(10.0));
        JsonNode chat = results.stream().filter(r -> r.get("name").asString().equals(SUCHT_CHAT.name())).findFirst().orElseThrow();
        assertThat(chat.get("nationwide").asBoolean()).isTrue();
        assertThat(chat.has("distanceKm")).isFalse();
        assertThat(body.get("total").asLong()).isEqualTo(results.size());
    }

    @Test
    void placeNamesResolveTolerantlyToTheSameOrigin() {
        JsonNode umlaut = ok(api.get("/api/v1/advice-centres", "location", "Düsseldorf"));
        JsonNode plain = ok(api.get("/api/v1/advice-centres", "location", "dusseldorf"));
        assertThat(plain.get("origin")).isEqualTo(umlaut.get("origin"));
        assertThat(umlaut.get("origin").get("label").asString()).isEqualTo("Düsseldorf");
        assertThat(names(list(plain.get("results")))).contains(KOMM_PASS.name());
    }

    @Test
    void anAmbiguousPlaceAsksWhichOneWithCandidates() {
        FinderApi.Answer answer = api.get("/api/v1/advice-centres", "location", "Neustadt");
        assertProblem(answer, 400, "location");
        assertThat(list(answer.body().get("candidates"))).hasSizeGreaterThan(3)
                .allSatisfy(c -> assertThat(c.has("postalCode") && c.has("name") && c.has("state")).isTrue());
    }

    @Test
    void badParametersAreNamed() {
        assertProblem(api.get("/api/v1/advice-centres", "location", "00000"), 400, "location");
        assertProblem(api.get("/api/v1/advice-centres", "location", "40227", "radiusKm", "0"), 400, "radiusKm");
        assertProblem(api.get("/api/v1/advice-centres", "location", "40227", "radiusKm", "201"), 400, "radiusKm");
        assertProblem(api.get("/api/v1/advice-centres", "radiusKm", "zehn"), 400, "radiusKm");
        assertProblem(api.get("/api/v1/advice-centres", "page", "-1"), 400, "page");
        assertProblem(api.get("/api/v1/advice-centres", "size", "101"), 400, "size");
        assertProblem(api.get("/api/v1/advice-centres", "type", "zahnarzt"), 400, "type");
        assertProblem(api.get("/api/v1/advice-centres", "topic", "zahnschmerzen"), 400, "topic");
        assertProblem(api.get("/api/v1/advice-centres", "lat", "91", "lon", "6.8"), 400, "lat");
        assertProblem(api.get("/api/v1/advice-centres", "lat", "51.2"), 400, "lon");
        assertProblem(api.get("/api/v1/advice-centres", "lat", "51,2", "lon", "6.8"), 400, "lat");
        assertProblem(api.get("/api/v1/advice-centres", "lat", "NaN", "lon", "6.8"), 400, "lat");
        assertProblem(api.get("/api/v1/advice-centres", "sort", "distance"), 400, "sort");
        assertProblem(api.get("/api/v1/advice-centres", "online", "vielleicht"), 400, "online");
        assertProblem(api.get("/api/v1/advice-centres", "q", "x".repeat(10_000)), 400, "q");
    }

    @Test
    void coordinatesWorkWithoutTheGazetteer() {
        JsonNode body = ok(api.get("/api/v1/advice-centres", "lat", "51.8393", "lon", "6.2479", "radiusKm", "5"));
        assertThat(names(list(body.get("results")))).startsWith(EMMERICH.name());
        assertThat(body.get("origin").get("lat").asDouble()).isEqualTo(51.8393);
    }

    @Test
    void everydayWordsFindTheTermsAndTyposStillFindNames() {
        assertThat(names(list(ok(api.get("/api/v1/advice-centres", "q", "Glücksspiel", "size", "100")).get("results"))))
                .contains(EMMERICH.name());
        assertThat(names(list(ok(api.get("/api/v1/advice-centres", "q", "Schulden", "size", "100")).get("results"))))
                .contains(SCHULDEN_DUESSELDORF.name(), SCHULDEN_BERLIN.name());
        assertThat(names(list(ok(api.get("/api/v1/advice-centres", "q", "obdachlos", "size", "100")).get("results"))))
                .contains(WOHNEN_KOELN.name());
        assertThat(names(list(ok(api.get("/api/v1/advice-centres", "q", "Fachstele Sucht")).get("results"))))
                .first().isEqualTo(FACHSTELLE.name());
    }

    @Test
    void eachFacetIgnoresItsOwnFilterButHonoursTheOthers() {
        JsonNode sucht = ok(api.get("/api/v1/advice-centres", "location", "40227", "radiusKm", "15", "type", "suchtberatung"));
        JsonNode schulden = ok(api.get("/api/v1/advice-centres", "location", "40227", "radiusKm", "15", "type", "schuldnerberatung"));
        assertThat(count(sucht.get("facets").get("type"), "schuldnerberatung")).isEqualTo(schulden.get("total").asLong());
        assertThat(count(schulden.get("facets").get("type"), "suchtberatung")).isEqualTo(sucht.get("total").asLong());
        JsonNode label = list(sucht.get("facets").get("type")).get(0).get("label");
        assertThat(label.asString()).isNotBlank();
        assertThat(count(sucht.get("facets").get("topic"), "p-konto")).isZero();
    }

    @Test
    void nothingWithinTheRadiusSuggestsTheNearestBeyondItAndOnlineOffers() {
        JsonNode body = ok(api.get("/api/v1/advice-centres", "location", "18565", "radiusKm", "1", "topic", "essstoerungen"));
        assertThat(body.get("total").asLong()).isZero();
        List<JsonNode> nearest = list(body.get("suggestions").get("nearest"));
        assertThat(names(nearest)).contains(EMMERICH.name());
        assertThat(nearest).allSatisfy(r -> assertThat(r.get("distanceKm").asDouble()).isGreaterThan(1.0));
        assertThat(names(list(body.get("suggestions").get("online")))).isNotEmpty();

        JsonNode onlyNationwide = ok(api.get("/api/v1/advice-centres", "location", "18565", "radiusKm", "1", "topic", "alkohol"));
        assertThat(names(list(onlyNationwide.get("results")))).containsExactly(SUCHT_CHAT.name());
        assertThat(names(list(onlyNationwide.get("suggestions").get("nearest")))).isNotEmpty();

        JsonNode nearby = ok(api.get("/api/v1/advice-centres", "location", "40227", "radiusKm", "5"));
        assertThat(nearby.has("suggestions")).isFalse();
    }

    @Test
    void pagingSortingAndLanguage() {
        JsonNode first = ok(api.get("/api/v1/advice-centres", "sort", "name", "size", "5"));
        JsonNode second = ok(api.get("/api/v1/advice-centres", "sort", "name", "size", "5", "page", "1"));
        List<String> names = new ArrayList<>(names(list(first.get("results"))));
        names.addAll(names(list(second.get("results"))));
        assertThat(names).hasSize(10).doesNotHaveDuplicates();
        assertThat(first.get("total").asLong()).isEqualTo(160);
        JsonNode english = ok(api.get("/api/v1/advice-centres", "location", "40227", "radiusKm", "2", "lang", "en",
                "type", "schuldnerberatung"));
        JsonNode type = list(list(english.get("results")).get(0).get("types")).get(0);
        assertThat(type.get("id").asString()).isEqualTo("schuldnerberatung");
        assertThat(type.get("label").asString()).isEqualTo(taxonomy.label("type", "schuldnerberatung", "en"));
    }

    @Test
    void detailsShowTodaysAnnouncementsAndTheOtherLocationsOfTheOrganisation() {
        JsonNode body = ok(api.get("/api/v1/advice-centres/" + PSB.id(), "lang", "en"));
        assertThat(body.get("name").asString()).isEqualTo(PSB.name());
        assertThat(list(body.get("announcements"))).extracting(a -> a.get("text").asString())
                .containsExactly("Closed today for training");
        assertThat(names(list(body.get("otherLocations")))).containsExactly(PSB_NORTH.name());
        assertThat(body.get("description").asString()).isEqualTo("Counselling at " + PSB.name());
        assertProblem(api.get("/api/v1/advice-centres/" + FinderFixtures.uuid("nobody")), 404, null);
        assertProblem(api.get("/api/v1/advice-centres/not-an-id"), 400, "id");
    }

    static JsonNode ok(FinderApi.Answer answer) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    static void assertProblem(FinderApi.Answer answer, int status, String field) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
        }
    }

    static List<JsonNode> list(JsonNode array) {
        return array == null ? List.of() : StreamSupport.stream(array.spliterator(), false).toList();
    }

    static List<String> names(List<JsonNode> results) {
        return results.stream().map(r -> r.get("name").asString()).toList();
    }

    private static long count(JsonNode facet, String value) {
        return list(facet).stream().filter(v -> v.get("value").asString().equals(value))
                .mapToLong(v -> v.get("count").asLong()).findFirst().orElse(0);
    }
}
