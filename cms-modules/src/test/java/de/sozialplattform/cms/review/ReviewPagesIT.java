package de.sozialplattform.cms.review;

import static de.sozialplattform.cms.review.ReviewFixtures.ORGANISATION_A;
import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.WebSession;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review pages as a browser without JavaScript uses them: session sign-in, forms with CSRF tokens, messages next
 * to fields, and the same rules as the API (another organisation's request is not found).
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    @Autowired
    TransactionTemplate transactions;

    ReviewFixtures fixtures;
    Node location;
    String name;
    long request;

    @BeforeEach
    void submitted() {
        fixtures = new ReviewFixtures(content, transactions);
        location = fixtures.publishedLocation(ORGANISATION_A, Map.of());
        name = (String) location.properties().get("name");
        ApiClient maintainer = ApiClient.as(port, "beratung-a", "beratung-a");
        String etag = maintainer.post("/.rest/nodes/v1/adviceCentres" + location.path(), location.etag(),
                "{\"properties\":{\"phone\":\"0761 5050\"}}").etag();
        request = maintainer.post("/.rest/review/v1/locations/" + location.id() + "/submit", etag,
                "{\"note\":\"Neue Nummer\"}").json().get("id").asLong();
    }

    @Test
    void aReviewerSeesTheQueueAndTheComparisonAndRejectsOnlyWithANote() {
        WebSession reviewer = signedIn("reviewer");
        HttpResponse<String> queue = reviewer.get("/redaktion/pruefung");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Freigaben", name, "Beratungsverbund Breisgau gGmbH (Demo)", "beratung-a");

        HttpResponse<String> detail = reviewer.get("/redaktion/pruefung/" + request);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("Telefon", "0761 100", "0761 5050", "Neue Nummer", "Freigeben", "Ablehnen");

        HttpResponse<String> noNote = reviewer.post("/redaktion/pruefung/" + request + "/ablehnen",
                WebSession.csrfToken(detail.body()), Map.of("note", " "));
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.body()).contains("id=\"note-error\"", "Bitte schreiben Sie einen Hinweis");

        HttpResponse<String> rejected = reviewer.post("/redaktion/pruefung/" + request + "/ablehnen",
                WebSession.csrfToken(detail.body()), Map.of("note", "Bitte mit Vorwahl"));
        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(reviewer.get("/redaktion/pruefung/" + request + "?erledigt").body()).contains("Abgelehnt", "Bitte mit Vorwahl");

        WebSession maintainer = signedIn("beratung-a");
        HttpResponse<String> start = maintainer.get("/redaktion/pruefung");
        assertThat(start.statusCode()).as("maintainers start at their own submissions").isEqualTo(302);
        HttpResponse<String> mine = maintainer.get("/redaktion/pruefung/meine?lang=en");
        assertThat(mine.body()).contains("My submissions", name, "Rejected", "Bitte mit Vorwahl");
    }

    @Test
    void aReviewerApprovesThroughTheFormAndTheChangeIsPublic() {
        WebSession reviewer = signedIn("reviewer");
        HttpResponse<String> detail = reviewer.get("/redaktion/pruefung/" + request);
        HttpResponse<String> approved = reviewer.post("/redaktion/pruefung/" + request + "/freigeben",
                WebSession.csrfToken(detail.body()), Map.of("version", String.valueOf(version(detail.body()))));
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(ApiClient.anonymous(port).get("/.rest/delivery/locations" + location.path().substring("/standorte".length()))
                .json().get("phone").asString()).isEqualTo("0761 5050");
        HttpResponse<String> again = reviewer.post("/redaktion/pruefung/" + request + "/freigeben",
                WebSession.csrfToken(detail.body()), Map.of("version", String.valueOf(version(detail.body()))));
        assertThat(again.statusCode()).as("decided once").isEqualTo(409);
        assertThat(again.body()).contains("Inzwischen geändert");
    }

    @Test
    void anotherOrganisationsRequestIsNotFoundAndMaintainersCannotDecide() {
        WebSession other = signedIn("beratung-b");
        assertThat(other.get("/redaktion/pruefung/" + request).statusCode()).isEqualTo(404);
        WebSession own = signedIn("beratung-a");
        HttpResponse<String> detail = own.get("/redaktion/pruefung/" + request);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).doesNotContain("Freigeben").contains("Einreichung zurückziehen");
        HttpResponse<String> decide = own.post("/redaktion/pruefung/" + request + "/freigeben",
                WebSession.csrfToken(detail.body()), Map.of("version", "1"));
        assertThat(decide.statusCode()).isEqualTo(403);
        HttpResponse<String> forged = own.post("/redaktion/pruefung/" + request + "/zurueckziehen", null, Map.of());
        assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
        HttpResponse<String> withdrawn = own.post("/redaktion/pruefung/" + request + "/zurueckziehen",
                WebSession.csrfToken(detail.body()), Map.of());
        assertThat(withdrawn.statusCode()).isEqualTo(302);
    }

    @Test
    void anOverdueLocationIsConfirmedFromTheList() {
        Node overdue = fixtures.publishedLocation(ORGANISATION_A, Map.of("reviewBy", "2025-02-01"));
        WebSession maintainer = signedIn("beratung-a");
        HttpResponse<String> list = maintainer.get("/redaktion/pruefung/faellig");
        assertThat(list.body()).contains((String) overdue.properties().get("name"), "Daten bestätigen");
        HttpResponse<String> confirmed = maintainer.post("/redaktion/pruefung/standorte/" + overdue.id() + "/bestaetigen",
                WebSession.csrfToken(list.body()), Map.of("version", String.valueOf(overdue.lockVersion())));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        HttpResponse<String> after = maintainer.get("/redaktion/pruefung/faellig?bestaetigt");
        assertThat(after.body()).contains("die Daten sind bestätigt").doesNotContain((String) overdue.properties().get("name"));
        assertThat(signedIn("beratung-b").get("/redaktion/pruefung/faellig").body())
                .doesNotContain((String) location.properties().get("name"));
    }

    @Test
    void theEmbeddableButtonsSubmitAChangedLocationAndConfirmAnUnchangedOne() {
        WebSession maintainer = signedIn("beratung-a");
        Node unchanged = fixtures.publishedLocation(ORGANISATION_A, Map.of("reviewBy", "2025-03-01"));
        HttpResponse<String> page = maintainer.get("/redaktion/bearbeiten/adviceCentres" + unchanged.path());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Daten bestätigen", "Schließung des Standorts beantragen")
                .doesNotContain("Zur Prüfung einreichen");
        assertThat(maintainer.post("/redaktion/pruefung/standorte/" + unchanged.id() + "/bestaetigen",
                WebSession.csrfToken(page.body()), Map.of("version", String.valueOf(version(page.body())))).statusCode())
                .isEqualTo(302);
        assertThat(ApiClient.anonymous(port).get("/.rest/delivery/locations" + unchanged.path().substring("/standorte".length()))
                .json().get("reviewBy").asString()).isNotEqualTo("2025-03-01");

        HttpResponse<String> changed = maintainer.get("/redaktion/bearbeiten/adviceCentres" + location.path());
        assertThat(changed.body()).as("submitted, not yet decided: may be submitted again").contains("Zur Prüfung einreichen");
        HttpResponse<String> stale = maintainer.post("/redaktion/pruefung/standorte/" + location.id() + "/einreichen",
                WebSession.csrfToken(changed.body()), Map.of("version", "1", "note", ""));
        assertThat(stale.statusCode()).as("an outdated form").isEqualTo(412);
        HttpResponse<String> submitted = maintainer.post("/redaktion/pruefung/standorte/" + location.id() + "/einreichen",
                WebSession.csrfToken(changed.body()), Map.of("version", String.valueOf(version(changed.body())),
                        "note", "Bitte prüfen"));
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).contains("/redaktion/pruefung/" + request));
        assertThat(signedIn("beratung-b").get("/redaktion/bearbeiten/adviceCentres" + location.path()).statusCode()).isEqualTo(404);
    }

    private WebSession signedIn(String user) {
        WebSession session = WebSession.on(port);
        assertThat(session.signIn(user, user).statusCode()).isEqualTo(302);
        return session;
    }

    private static long version(String html) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
