package de.sozialplattform.cms.pages;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.cms.CmsTestApplication;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Information pages as citizens read them, and the benefit finder's results joined to the published benefit
 * content: titles, descriptions, information pages and application links come from what editors publish.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenPagesIT {

    static final String NODES = "/.rest/nodes/v1/pages";

    @LocalServerPort
    int port;
    ApiClient editor;
    ApiClient anonymous;

    @BeforeEach
    void clients() {
        editor = ApiClient.as(port, "editor", "editor");
        anonymous = ApiClient.anonymous(port);
    }

    @Test
    void aPublishedInformationPageInGermanAndEnglish() {
        ApiClient.Response german = anonymous.get("/seiten/leistungen/wohngeld");
        assertThat(german.status()).isEqualTo(200);
        assertThat(german.header("Content-Type")).startsWith("text/html");
        Document page = Jsoup.parse(german.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("de");
        assertThat(page.select("h1").text()).isEqualTo("Wohngeld");
        assertThat(page.select("h2")).hasSizeGreaterThan(2);
        assertThat(page.select("main li")).as("rich text is rendered, not escaped").isNotEmpty();
        assertThat(page.select(".reviewed").text()).startsWith("Stand:");

        Document english = Jsoup.parse(anonymous.get("/seiten/leistungen/wohngeld?lang=en").body());
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("h1").text()).isEqualTo("Housing benefit (Wohngeld)");
        assertThat(english.select("a[hreflang=de]").attr("href")).isEqualTo("/seiten/leistungen/wohngeld?lang=de");
    }

    @Test
    void unknownUnpublishedAndMalformedPathsAreNotFoundPages() {
        String folder = "c-" + UUID.randomUUID().toString().substring(0, 8);
        editor.put(NODES, "{\"name\":\"" + folder + "\",\"type\":\"mgnl:folder\"}");
        editor.put(NODES + "/" + folder, """
                {"name":"entwurf","type":"infoPage","properties":{"title":"Entwurf","categories":["benefit"],
                 "lastReviewed":"2026-11-01"}}""");
        for (String path : new String[] {"/seiten/gibt-es-nicht", "/seiten/" + folder + "/entwurf", "/seiten/%3Cscript%3E",
                "/seiten/"}) {
            ApiClient.Response answer = anonymous.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(answer.body()).select("h1").text()).as(path).isEqualTo("Seite nicht gefunden");
        }
        assertThat(anonymous.get("/seiten/a/../../etc").status()).as("the server refuses paths above the root")
                .isEqualTo(400);
    }

    @Test
    void aMovedPageRedirectsPermanently() {
        String folder = "m-" + UUID.randomUUID().toString().substring(0, 8);
        editor.put(NODES, "{\"name\":\"" + folder + "\",\"type\":\"mgnl:folder\"}");
        editor.put(NODES + "/" + folder, """
                {"name":"alt","type":"infoPage","properties":{"title":"Umzug","categories":["benefit"],
                 "lastReviewed":"2026-11-01"}}""");
        String path = NODES + "/" + folder;
        editor.post(path + "@publish", editor.get(path).etag(), "{\"includeSubnodes\":true}");
        editor.post(path + "/alt@move", editor.get(path + "/alt").etag(),
                "{\"destination\":\"/" + folder + "\",\"name\":\"neu\"}");
        ApiClient.Response old = anonymous.get("/seiten/" + folder + "/alt?lang=en");
        assertThat(old.status()).isEqualTo(308);
        assertThat(old.header("Location")).isEqualTo("/seiten/" + folder + "/neu?lang=en");
    }

    @Test
    void benefitFinderResultsCarryTheTitlesAndLinksEditorsPublished() {
        ApiClient.Response answer = anonymous.post("/api/v1/benefit-finder/evaluate?lang=en", null, """
                {"answers": {"age": 34, "residence": "german", "workCapacity": "yes", "partner": false,
                 "childrenUnder18": 0, "householdNetIncome": 0, "assets": 0, "housing": "rent", "monthlyRent": 500}}""");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode buergergeld = result(answer.json(), "buergergeld");
        assertThat(buergergeld.get("title").asString()).isEqualTo("Citizen's income (Bürgergeld)");
        assertThat(buergergeld.get("description").asString()).startsWith("Covers the living costs");
        assertThat(buergergeld.get("infoPage").asString()).isEqualTo("/seiten/leistungen/buergergeld");
        assertThat(buergergeld.get("applyUrl").asString()).startsWith("https://www.arbeitsagentur.de/");
        assertThat(anonymous.get(buergergeld.get("infoPage").asString()).status()).isEqualTo(200);
        assertThat(result(answer.json(), "hilfeZumLebensunterhalt").has("applyUrl"))
                .as("no online application, no link").isFalse();
    }

    private static JsonNode result(JsonNode evaluation, String benefit) {
        for (JsonNode result : evaluation.get("results")) {
            if (result.get("benefit").asString().equals(benefit)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + benefit);
    }
}
