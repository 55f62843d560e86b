package de.sozialplattform.search.finder;

import static de.sozialplattform.search.finder.FinderApiIT.assertProblem;
import static de.sozialplattform.search.finder.FinderApiIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.search.SearchTestApplication;
import de.sozialplattform.search.solr.SearchIndex;
import de.sozialplattform.search.taxonomy.Taxonomy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Query syntax, injection attempts and garbage never reach Solr as syntax: they give results or a 400 naming the
 * parameter, never a 5xx, and never more hits than the words they contain would honestly match.
 */
@SpringBootTest(classes = SearchTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinderHostileInputIT {

    private static final String[] PARAMETERS = {"q", "location", "lat", "lon", "radiusKm", "type", "topic",
            "targetGroup", "language", "online", "anonymous", "accessible", "free", "sort", "page", "size", "lang"};
    private static final String[] FRAGMENTS = {"*:*", "{!func}", "_val_:", "name:", "doc_json:", "*", "?", "~2", "^9",
            "\"", "(", ")", "[", "]", "{", "}", "AND", "OR", "NOT", "&&", "||", "!", "-", "+", "\\", "/", ":", "$qf",
            "{!join from=id to=id}", "geofilt", "\u0000", "\u001f", "\u202e", "😀", "🎰", "ß", "Düsseldorf", "40227",
            "sucht", "%", "'", ";", "<script>", "0x1F", "-1", "1e309", "NaN", "∞", "  ", "\n", "ｓｕｃｈｔ", "\ud800"};

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
    void querySyntaxIsTextNotSyntax() {
        assertProblem(api.get("/api/v1/advice-centres", "q", "*:*"), 400, "q");
        assertProblem(api.get("/api/v1/advice-centres", "q", "\"\"\"((("), 400, "q");
        for (String q : List.of("{!func}sum(1,2)", "_val_:\"recip(rord(id),1,2,3)\"", "name:komm", "doc_json:*",
                "{!join from=id to=id}*:*", "id:* OR *:*", "\"unbalanced quote", "sucht*", "s?cht~", "NOT drogen")) {
            FinderApi.Answer answer = api.get("/api/v1/advice-centres", "q", q);
            assertThat(answer.status()).as(q).isEqualTo(200);
            assertThat(answer.body().get("total").asLong()).as(q).isLessThanOrEqualTo(honestMatches(q));
        }
    }

    @Test
    void controlCharactersEmojiAndHugeInputsAreHandled() {
        assertThat(api.get("/api/v1/advice-centres", "q", "Sucht 😀\u0007 Beratung").status()).isEqualTo(200);
        assertProblem(api.get("/api/v1/advice-centres", "q", "Sucht ".repeat(2000)), 400, "q");
        assertProblem(api.get("/api/v1/advice-centres", "location", "x".repeat(10_000)), 400, "location");
        assertProblem(api.get("/api/v1/advice-centres", "type", "{!func}x"), 400, "type");
        assertProblem(api.get("/api/v1/advice-centres", "language", "de OR *:*"), 400, "language");
    }

    @Test
    void thousandsOfGeneratedHostileRequestsNeverGiveAServerError() {
        Random random = new Random(4711);
        List<String> failures = new ArrayList<>();
        int requests = 2000;
        for (int i = 0; i < requests; i++) {
            StringBuilder query = new StringBuilder();
            int parameters = 1 + random.nextInt(3);
            for (int p = 0; p < parameters; p++) {
                query.append(p == 0 ? '?' : '&').append(PARAMETERS[random.nextInt(PARAMETERS.length)]).append('=')
                        .append(URLEncoder.encode(hostileValue(random), StandardCharsets.UTF_8));
            }
            FinderApi.Answer answer = api.getRaw("/api/v1/advice-centres" + query);
            if (answer.status() >= 500 || answer.status() != 200 && !answer.contentType().startsWith("application/problem+json")) {
                failures.add(answer.status() + " for " + query);
            }
        }
        assertThat(failures).as("requests answered with a server error or without problem JSON").isEmpty();
    }

    @Test
    void hostileIdsAreRejectedOrNotFound() {
        for (String id : List.of("*", "id:*", "..%2F..%2Fetc", "00000000-0000-0000-0000-000000000000", "{!func}x")) {
            int status = api.getRaw("/api/v1/advice-centres/" + URLEncoder.encode(id, StandardCharsets.UTF_8)).status();
            assertThat(status).as(id).isIn(400, 404);
        }
    }

    private static String hostileValue(Random random) {
        StringBuilder value = new StringBuilder();
        int parts = 1 + random.nextInt(5);
        for (int i = 0; i < parts; i++) {
            value.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            if (random.nextBoolean()) {
                value.append(' ');
            }
        }
        if (random.nextInt(50) == 0) {
            value.append("a".repeat(5_000));
        }
        return value.toString();
    }

    /** How many fixtures a search for the plain words of {@code q} finds (the most a hostile q may return). */
    private long honestMatches(String q) {
        List<String> words = UserText.words("q", q, 200, 10);
        return ok(api.get("/api/v1/advice-centres", "q", String.join(" ", words))).get("total").asLong();
    }
}
