package de.sozialplattform.cms.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.cms.CmsTestApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Delivery API as front ends and partner portals use it, over real HTTP, on H2 and PostgreSQL. Each test
 * creates its pages in its own folder with its own topic, so queries see only the test's own pages (and the
 * seed content where a test says so).
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class DeliveryApiContract {

    static final String NODES = "/.rest/nodes/v1/pages";
    static final String DELIVERY = "/.rest/delivery/pages";

    @LocalServerPort
    int port;

    ApiClient editor;
    ApiClient anonymous;
    String folder;
    String topic;

    @BeforeEach
    void folder() {
        editor = ApiClient.as(port, "editor", "editor");
        anonymous = ApiClient.anonymous(port);
        folder = "d-" + UUID.randomUUID().toString().substring(0, 8);
        topic = "topic" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        assertThat(editor.put(NODES, "{\"name\":\"" + folder + "\",\"type\":\"mgnl:folder\"}").status()).isEqualTo(201);
    }

    ApiClient.Response page(String name, String title, String extra) {
        ApiClient.Response created = editor.put(NODES + "/" + folder, """
                {"name":"%s","type":"infoPage","properties":{"title":"%s","title_en":"%s (EN)","categories":["benefit"],
                 "lastReviewed":"2026-11-01","topic":"%s"%s}}""".formatted(name, title, title, topic, extra));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    ApiClient.Response publish(String name) {
        String path = NODES + "/" + folder + "/" + name;
        ApiClient.Response published = editor.post(path + "@publish", editor.get(path).etag(), "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return published;
    }

    String delivered(String name) {
        return DELIVERY + "/" + folder + "/" + name;
    }

    List<String> titles(ApiClient.Response response) {
        List<String> titles = new ArrayList<>();
        response.json().get("results").forEach(result -> titles.add(result.get("title").asString()));
        return titles;
    }

    @Test
    void aPublishedPageInGermanEnglishAndAllLanguages() {
        page("wohngeld", "Wohngeld", ",\"sections\":[{\"heading\":\"Wer?\",\"heading_en\":\"Who?\",\"body\":\"<p>Mieter</p>\"}]");
        publish("wohngeld");

        JsonNode german = anonymous.get(delivered("wohngeld")).json();
        assertThat(german.get("@name").asString()).isEqualTo("wohngeld");
        assertThat(german.get("@path").asString()).isEqualTo("/" + folder + "/wohngeld");
        assertThat(german.get("@nodeType").asString()).isEqualTo("infoPage");
        assertThat(german.get("@id").asString()).hasSize(36);
        assertThat(german.has("mgnl:created") && german.has("mgnl:lastModified")).isTrue();
        assertThat(german.get("title").asString()).isEqualTo("Wohngeld");
        assertThat(german.get("sections").get("0").get("heading").asString()).isEqualTo("Wer?");
        assertThat(german.get("@nodes").toString()).contains("sections");

        assertThat(anonymous.get(delivered("wohngeld") + "?lang=en").json().get("title").asString()).isEqualTo("Wohngeld (EN)");
        assertThat(anonymous.get(delivered("wohngeld") + "?lang=en").json().get("sections").get("0").get("heading").asString())
                .isEqualTo("Who?");
        ApiClient.Response byHeader = anonymous.raw(anonymous.request(delivered("wohngeld"))
                .header("Accept-Language", "en-GB,en;q=0.9,de;q=0.5").GET());
        assertThat(byHeader.json().get("title").asString()).isEqualTo("Wohngeld (EN)");
        assertThat(anonymous.get(delivered("wohngeld") + "?lang=ar").json().get("title").asString())
                .as("a missing translation falls back to German").isEqualTo("Wohngeld");
        JsonNode all = anonymous.get(delivered("wohngeld") + "?lang=all").json();
        assertThat(all.get("title").asString()).isEqualTo("Wohngeld");
        assertThat(all.get("title_en").asString()).isEqualTo("Wohngeld (EN)");
        assertThat(anonymous.get(delivered("wohngeld") + "?lang=xx").errorFields()).containsExactly("lang");
    }

    @Test
    void onlyPublishedContentIsDelivered() {
        page("entwurf", "Entwurf", "");
        assertThat(anonymous.get(delivered("entwurf")).status()).isEqualTo(404);
        publish("entwurf");
        String path = NODES + "/" + folder + "/entwurf";
        editor.post(path, editor.get(path).etag(), "{\"properties\":{\"title\":\"Geändert\"}}");
        assertThat(anonymous.get(delivered("entwurf")).json().get("title").asString())
                .as("a change shows only after the next publish").isEqualTo("Entwurf");
        publish("entwurf");
        assertThat(anonymous.get(delivered("entwurf")).json().get("title").asString()).isEqualTo("Geändert");
        editor.post(path + "@unpublish", editor.get(path).etag(), "");
        ApiClient.Response gone = anonymous.get(delivered("entwurf"));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void answersCarryEtagsAndConditionalRequestsGet304() {
        page("cache", "Cache", "");
        publish("cache");
        ApiClient.Response first = anonymous.get(delivered("cache"));
        assertThat(first.etag()).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("max-age");
        ApiClient.Response again = anonymous.raw(anonymous.request(delivered("cache")).header("If-None-Match", first.etag()).GET());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        String path = NODES + "/" + folder + "/cache";
        editor.post(path, editor.get(path).etag(), "{\"properties\":{\"teaser\":\"neu\"}}");
        publish("cache");
        ApiClient.Response changed = anonymous.raw(anonymous.request(delivered("cache")).header("If-None-Match", first.etag()).GET());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag()).isNotEqualTo(first.etag());
        assertThat(anonymous.get(DELIVERY + "/?topic=" + topic).etag()).as("queries have ETags too").isNotBlank();
    }

    @Test
    void queriesFilterSortPageAndSearchFullText() {
        page("a", "Anton", ",\"lastReviewed\":\"2026-01-15\",\"teaser\":\"Hilfe bei der Müllabfuhr\"");
        page("b", "Berta", ",\"lastReviewed\":\"2026-06-01\"");
        page("c", "Cäsar", ",\"lastReviewed\":\"2026-09-30\",\"reviewBy\":\"2027-09-30\"");
        for (String name : List.of("a", "b", "c")) {
            publish(name);
        }
        String base = DELIVERY + "/?topic=" + topic;
        ApiClient.Response all = anonymous.get(base + "&orderBy=title%20desc");
        assertThat(all.json().get("total").asInt()).isEqualTo(3);
        assertThat(titles(all)).containsExactly("Cäsar", "Berta", "Anton");
        assertThat(titles(anonymous.get(base + "&orderBy=title&limit=1&offset=1"))).containsExactly("Berta");
        assertThat(anonymous.get(base + "&limit=1").json().get("total").asInt()).as("total counts all matches").isEqualTo(3);

        assertThat(titles(anonymous.get(base + "&lastReviewed%5Bgte%5D=2026-06-01&orderBy=title"))).containsExactly("Berta", "Cäsar");
        assertThat(titles(anonymous.get(base + "&lastReviewed%5Bin%5D=2026-01-01~2026-06-30&orderBy=title")))
                .containsExactly("Anton", "Berta");
        assertThat(titles(anonymous.get(base + "&title%5Bin%5D=Anton%7CC%C3%A4sar&orderBy=title"))).containsExactly("Anton", "Cäsar");
        assertThat(titles(anonymous.get(base + "&title%5Bnot-in%5D=Anton%7CC%C3%A4sar"))).containsExactly("Berta");
        assertThat(titles(anonymous.get(base + "&title%5Bne%5D=Berta&orderBy=title"))).containsExactly("Anton", "Cäsar");
        assertThat(titles(anonymous.get(base + "&title%5Blike%5D=ERT"))).containsExactly("Berta");
        assertThat(titles(anonymous.get(base + "&reviewBy%5Blt%5D=2028-01-01"))).containsExactly("Cäsar");
        assertThat(titles(anonymous.get(base + "&orderBy=reviewBy%20desc,title"))).containsExactly("Cäsar", "Anton", "Berta");

        assertThat(titles(anonymous.get(base + "&q=muellabfuhr"))).as("umlauts folded").containsExactly("Anton");
        assertThat(titles(anonymous.get(base + "&q=M%C3%BCll%20hilfe"))).containsExactly("Anton");
        assertThat(titles(anonymous.get(base + "&q=caesar%20en&lang=en"))).as("title_en is searched in English")
                .containsExactly("Cäsar (EN)");
        assertThat(anonymous.get(base + "&q=nirgendwo").json().get("total").asInt()).isZero();
    }

    @Test
    void numbersCompareAsNumbersNotText() {
        // As text "10082" < "9999"; as numbers every OZG-ID of the seeded benefits is greater.
        ApiClient.Response benefits = anonymous.get("/.rest/delivery/benefits/?ozgId%5Bgt%5D=9999&limit=100");
        assertThat(benefits.json().get("total").asInt()).isGreaterThanOrEqualTo(14);
        assertThat(anonymous.get("/.rest/delivery/benefits/?ozgId%5Blt%5D=10010").json().get("results").get(0)
                .get("finderId").asString()).isEqualTo("kindergeld");
    }

    @Test
    void badQueriesAre400sNamingTheParameter() {
        assertThat(anonymous.get(DELIVERY + "/?title%5Bfoo%5D=x").errorFields()).containsExactly("title[foo]");
        assertThat(anonymous.get(DELIVERY + "/?colour=red").errorFields()).containsExactly("colour");
        assertThat(anonymous.get(DELIVERY + "/?lastReviewed%5Bgt%5D=yesterday").errorFields()).containsExactly("lastReviewed[gt]");
        assertThat(anonymous.get(DELIVERY + "/?limit=101").errorFields()).containsExactly("limit");
        assertThat(anonymous.get(DELIVERY + "/?orderBy=title%20sideways").errorFields()).containsExactly("orderBy");
        assertThat(anonymous.get(DELIVERY + "/?title=%27%20OR%201=1--").json().get("total").asInt())
                .as("input is a value, never SQL").isZero();
        assertThat(anonymous.get("/.rest/delivery/nowhere/x").status()).isEqualTo(404);
    }

    @Test
    void childrenReferencesAndRedirects() {
        page("eins", "Eins", "");
        page("zwei", "Zwei", "");
        ApiClient.Response folderNode = editor.get(NODES + "/" + folder);
        editor.post(NODES + "/" + folder + "@publish", folderNode.etag(), "{\"includeSubnodes\":true}");
        JsonNode children = anonymous.get(DELIVERY + "/" + folder + "@nodes").json();
        assertThat(children).hasSize(2);
        assertThat(children.get(0).get("@name").asString()).isEqualTo("eins");
        assertThat(anonymous.get(DELIVERY + "/" + folder).json().get("@nodes").toString()).contains("eins", "zwei");

        JsonNode benefit = anonymous.get("/.rest/delivery/benefits/finder/wohngeld").json();
        assertThat(benefit.get("infoPage").get("@nodeType").asString()).as("reference resolved").isEqualTo("infoPage");
        assertThat(benefit.get("infoPage").get("title").asString()).isEqualTo("Wohngeld");

        String path = NODES + "/" + folder + "/eins";
        editor.post(path + "@move", editor.get(path).etag(), "{\"destination\":\"/" + folder + "\",\"name\":\"eins-neu\"}");
        ApiClient.Response old = anonymous.get(delivered("eins") + "?lang=en");
        assertThat(old.status()).isEqualTo(308);
        assertThat(old.header("Location")).isEqualTo(delivered("eins-neu") + "?lang=en");
        assertThat(anonymous.get(delivered("eins-neu")).json().get("title").asString()).isEqualTo("Eins");
    }

    @Test
    void previewTokensShowWorkingCopiesAndAreNeverCached() {
        page("vorschau", "Vorschau", "");
        assertThat(anonymous.raw(anonymous.request("/.rest/preview/v1/tokens")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(401);
        ApiClient.Response issued = editor.raw(editor.request("/.rest/preview/v1/tokens")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        assertThat(issued.json().get("expiresAt").asString()).isNotBlank();

        ApiClient.Response preview = anonymous.raw(anonymous.request(delivered("vorschau")).header("X-Preview-Token", token).GET());
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("title").asString()).isEqualTo("Vorschau");
        assertThat(preview.header("Cache-Control")).contains("no-store");
        assertThat(preview.etag()).isNull();
        assertThat(anonymous.get(delivered("vorschau")).status()).as("without the token: not published").isEqualTo(404);
        assertThat(anonymous.raw(anonymous.request(delivered("vorschau")).header("X-Preview-Token", "forged").GET()).status())
                .isEqualTo(401);
        assertThat(anonymous.get(DELIVERY + "/?previewToken=" + token).errorFields()).containsExactly("previewToken");
    }
}
