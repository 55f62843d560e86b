package de.sozialplattform.cms.review;

import static de.sozialplattform.cms.review.ReviewFixtures.ORGANISATION_A;
import static de.sozialplattform.cms.review.ReviewFixtures.body;
import static de.sozialplattform.cms.review.ReviewFixtures.mails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.WebSession;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.security.Memberships;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The review workflow over real HTTP against a real database, with mails to a real SMTP server: a centre maintainer
 * submits, a reviewer approves or rejects, the Delivery API shows only approved states. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ReviewWorkflowContract {

    static final String REVIEW = "/.rest/review/v1";
    static final String NODES = "/.rest/nodes/v1/adviceCentres";
    static final String REVIEWER_MAIL = "reviewer@demo.example.org";
    static final String MAINTAINER_A_MAIL = "beratung-a@demo.example.org";

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Memberships memberships;

    @Autowired
    ReviewReminders reminders;

    @Autowired
    OverdueContent overdue;

    @Autowired
    JdbcClient jdbc;

    ReviewFixtures fixtures;
    ApiClient maintainerA;
    ApiClient maintainerB;
    ApiClient reviewer;
    ApiClient editor;
    ApiClient anonymous;

    @BeforeEach
    void setUp() {
        fixtures = new ReviewFixtures(content, transactions);
        maintainerA = ApiClient.as(port, "beratung-a", "beratung-a");
        maintainerB = ApiClient.as(port, "beratung-b", "beratung-b");
        reviewer = ApiClient.as(port, "reviewer", "reviewer");
        editor = ApiClient.as(port, "editor", "editor");
        anonymous = ApiClient.anonymous(port);
    }

    @Test
    void aSubmissionIsPublishedOnlyWhenAReviewerApprovesIt() throws Exception {
        Node location = fixtures.publishedLocation(ORGANISATION_A, Map.of());
        String name = (String) location.properties().get("name");
        String etag = change(maintainerA, location, "{\"phone\":\"0761 222\",\"openingHoursNote\":\"Termine nach Vereinbarung\"}");

        ApiClient.Response submitted = maintainerA.post(submit(location), etag, "{\"note\":\"Neue Telefonnummer\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.json().get("status").asString()).isEqualTo("open");
        assertThat(submitted.json().get("kind").asString()).isEqualTo("change");
        assertThat(delivered(location).get("phone").asString()).as("not public before approval").isEqualTo("0761 100");

        await().atMost(Duration.ofSeconds(15)).until(() -> !mails(REVIEWER_MAIL, name).isEmpty());
        String notice = body(mails(REVIEWER_MAIL, name).get(0));
        assertThat(mails(REVIEWER_MAIL, name).get(0).getSubject()).isEqualTo("Zur Freigabe: " + name + " (Beratungsverbund Breisgau gGmbH (Demo))");
        assertThat(notice).contains("beratung-a", "http://localhost:8080/redaktion/pruefung/" + submitted.json().get("id").asLong());

        long id = submitted.json().get("id").asLong();
        ApiClient.Response queue = reviewer.get(REVIEW + "/requests");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains(location.id().toString(), "Beratungsverbund Breisgau gGmbH (Demo)");
        ApiClient.Response detail = reviewer.get(REVIEW + "/requests/" + id);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("\"property\":\"phone\",\"published\":\"0761 100\",\"submitted\":\"0761 222\"")
                .contains("\"property\":\"openingHoursNote\"").contains("\"property\":\"reviewBy\"");

        ApiClient.Response approved = reviewer.post(REVIEW + "/requests/" + id + "/approve", detail.etag(), "");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("approved");
        assertThat(approved.json().get("decidedBy").asString()).isEqualTo("reviewer");
        JsonNode published = delivered(location);
        assertThat(published.get("phone").asString()).isEqualTo("0761 222");
        assertThat(published.get("lastReviewed").asString()).isEqualTo(today().toString());

        await().atMost(Duration.ofSeconds(15)).until(() -> !mails(MAINTAINER_A_MAIL, "Freigegeben: " + name).isEmpty());
        assertThat(reviewer.get(REVIEW + "/requests").body()).as("no longer in the queue").doesNotContain(location.id().toString());
        assertThat(reviewer.post(REVIEW + "/requests/" + id + "/approve", detail.etag(), "").status())
                .as("decided once").isEqualTo(409);
    }

    @Test
    void aRejectionNeedsANoteMailsItAndPublishesNothing() {
        Node location = fixtures.publishedLocation(ORGANISATION_A, Map.of());
        String name = (String) location.properties().get("name");
        String etag = change(maintainerA, location, "{\"phone\":\"0761 333\"}");
        long id = maintainerA.post(submit(location), etag, "").json().get("id").asLong();

        ApiClient.Response noNote = reviewer.post(REVIEW + "/requests/" + id + "/reject", null, "{\"note\":\"  \"}");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.header("Content-Type")).contains("problem+json");
        assertThat(noNote.errorFields()).containsExactly("note");
        assertThat(reviewer.post(REVIEW + "/requests/" + id + "/reject", null, "{\"reason\":\"x\"}").errorFields())
                .containsExactly("reason");

        ApiClient.Response rejected = reviewer.post(REVIEW + "/requests/" + id + "/reject", null,
                "{\"note\":\"Die Nummer ist nicht erreichbar.\"}");
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("rejected");
        assertThat(delivered(location).get("phone").asString()).isEqualTo("0761 100");

        await().atMost(Duration.ofSeconds(15)).until(() -> !mails(MAINTAINER_A_MAIL, "Nicht freigegeben: " + name).isEmpty());
        assertThat(body(mails(MAINTAINER_A_MAIL, "Nicht freigegeben: " + name).get(0))).contains("Die Nummer ist nicht erreichbar.");
        ApiClient.Response mine = maintainerA.get(REVIEW + "/requests?status=rejected&mine=true");
        assertThat(mine.body()).contains("\"id\":" + id, "Die Nummer ist nicht erreichbar.");
    }

    @Test
    void aMaintainerOfAnotherOrganisationCanNeitherSubmitNorSeeNorDecide() {
        Node location = fixtures.publishedLocation(ORGANISATION_A, Map.of());
        String etag = change(maintainerA, location, "{\"phone\":\"0761 444\"}");
        assertThat(maintainerB.post(submit(location), etag, "").status()).isEqualTo(404);
        long id = maintainerA.post(submit(location), etag, "").json().get("id").asLong();

        assertThat(maintainerB.get(REVIEW + "/requests/" + id).status()).isEqualTo(404);
        assertThat(maintainerB.get(REVIEW + "/requests?status=all").body()).doesNotContain(location.id().toString());
        assertThat(maintainerB.post(REVIEW + "/requests/" + id + "/approve", "\"" + (Long.parseLong(etag.replace("\"", "")) + 1) + "\"", "")
                .status()).isEqualTo(404);
        assertThat(maintainerB.post(REVIEW + "/requests/" + id + "/withdraw", null, "").status()).isEqualTo(404);
        assertThat(maintainerA.get(REVIEW + "/requests/" + id).status()).as("the own organisation sees it").isEqualTo(200);
        assertThat(maintainerA.post(REVIEW + "/requests/" + id + "/reject", null, "{\"note\":\"selbst\"}").status())
                .as("maintainers do not decide").isEqualTo(403);
        assertThat(anonymous.get(REVIEW + "/requests").status()).isEqualTo(401);
    }

    @Test
    void nobodyApprovesTheirOwnSubmission() {
        Node location = fixtures.publishedLocation(ORGANISATION_A, Map.of());
        String etag = change(editor, location, "{\"phone\":\"0761 555\"}");
        ApiClient.Response submitted = editor.post(submit(location), etag, "");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        long id = submitted.json().get("id").asLong();

        ApiClient.Response own = editor.post(REVIEW + "/requests/" + id + "/approve", submitted.etag(), "");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.body()).contains("Four eyes");
        assertThat(delivered(location).get("phone").asString()).isEqualTo("0761 100");
        assertThat(reviewer.post(REVIEW + "/requests/" + id + "/approve", submitted.etag(), "").status()).isEqualTo(200);
        assertThat(delivered(location).get("phone").asString()).isEqualTo("0761 555");
    }

    @Test
    void aChangeAfterSubmissionBlocksApprovalUntilItIsSubmittedAgain() {
        Node location = fixtures.publishedLocation(ORGANISATION_A, Map.of());
        String etag = change(maintainerA, location, "{\"phone\":\"0761 666\"}");
        ApiClient.Response submitted = maintainerA.post(submit(location), etag, "");
        long id = submitted.json().get("id").asLong();
        String seen = reviewer.get(REVIEW + "/requests/" + id).etag();

        String later = maintainerA.post(NODES + location.path(), submitted.etag(),
                "{\"properties\":{\"phone\":\"0761 777\"}}").etag();
        assertThat(reviewer.get(REVIEW + "/requests").body()).contains("\"changedSinceSubmission\":true");
        ApiClient.Response stale = reviewer.post(REVIEW + "/requests/" + id + "/approve", seen, "");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(delivered(location).get("phone").asString()).isEqualTo("0761 100");

        ApiClient.Response renewed = maintainerA.post(submit(location), later, "");
        assertThat(renewed.status()).isEqualTo(201);
        assertThat(renewed.json().get("id").asLong()).as("the open request is renewed, not duplicated").isEqualTo(id);
        assertThat(reviewer.post(REVIEW + "/requests/" + id + "/approve", seen, "").status())
                .as("the reviewer has not seen the renewed state").isEqualTo(409);
        String fresh = reviewer.get(REVIEW + "/requests/" + id).etag();
        assertThat(reviewer.post(REVIEW + "/requests/" + id + "/approve", fresh, "").status()).isEqualTo(200);
        assertThat(delivered(location).get("phone").asString()).isEqualTo("0761 777");
    }

    @Test
    void withoutRequiredApprovalSubmittingPublishesAtOnce() {
        Node organisation = fixtures.organisation(false);
        // A maintainer of its own: the demo maintainers' memberships stay as other tests expect them.
        String user = "traeger-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO app_user (username, password_hash, roles, enabled) VALUES (:name, :hash,"
                + " 'CENTRE_MAINTAINER', TRUE)").param("name", user).param("hash", "{noop}" + user).update();
        memberships.add(user, organisation.id().toString());
        confirmAgreement(user);
        ApiClient maintainer = ApiClient.as(port, user, user);
        Node location = fixtures.publishedLocation(organisation.id().toString(), Map.of());
        String name = (String) location.properties().get("name");
        String etag = change(maintainer, location, "{\"phone\":\"0761 888\"}");

        ApiClient.Response submitted = maintainer.post(submit(location), etag, "");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.json().get("status").asString()).isEqualTo("approved");
        assertThat(delivered(location).get("phone").asString()).isEqualTo("0761 888");
        assertThat(reviewer.get(REVIEW + "/requests").body()).doesNotContain(location.id().toString());
        assertThat(mails(REVIEWER_MAIL, name)).isEmpty();
    }

    @Test
    void aMaintainerCannotChangeTheApprovalSettingOfTheirOrganisation() {
        ApiClient.Response organisation = maintainerA.get(NODES + "/traeger/beratungsverbund-breisgau");
        assertThat(organisation.status()).isEqualTo(200);
        ApiClient.Response changed = maintainerA.post(NODES + "/traeger/beratungsverbund-breisgau", organisation.etag(),
                "{\"properties\":{\"approvalRequired\":false}}");
        assertThat(changed.status()).isEqualTo(403);
    }

    @Test
    void aNewLocationGoesLiveAfterApprovalAndAClosingTakesItOffline() {
        String name = "neu-" + System.nanoTime();
        ApiClient.Response created = maintainerA.put(NODES + fixtures.folder(), "{\"name\":\"" + name
                + "\",\"type\":\"location\",\"properties\":{\"name\":\"Neue Stelle " + name + "\",\"organisation\":\""
                + ORGANISATION_A + "\",\"types\":[\"schuldnerberatung\"],\"city\":\"Freiburg\"}}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("identifier").asString();
        ApiClient.Response submitted = maintainerA.post(REVIEW + "/locations/" + id + "/submit", created.etag(), "");
        assertThat(submitted.json().get("kind").asString()).isEqualTo("create");
        assertThat(anonymous.get("/.rest/delivery/locations" + fixtures.folder().substring("/standorte".length()) + "/" + name)
                .status()).isEqualTo(404);
        long request = submitted.json().get("id").asLong();
        assertThat(reviewer.post(REVIEW + "/requests/" + request + "/approve", submitted.etag(), "").status()).isEqualTo(200);
        String delivery = "/.rest/delivery/locations" + fixtures.folder().substring("/standorte".length()) + "/" + name;
        assertThat(anonymous.get(delivery).status()).isEqualTo(200);

        String current = maintainerA.get(NODES + fixtures.folder() + "/" + name).etag();
        ApiClient.Response closing = maintainerA.post(REVIEW + "/locations/" + id + "/close", current, "{\"note\":\"Zieht um\"}");
        assertThat(closing.status()).as(closing.toString()).isEqualTo(201);
        assertThat(closing.json().get("kind").asString()).isEqualTo("close");
        assertThat(anonymous.get(delivery).status()).as("still public until approved").isEqualTo(200);
        reviewer.post(REVIEW + "/requests/" + closing.json().get("id").asLong() + "/approve", closing.etag(), "");
        assertThat(anonymous.get(delivery).status()).isEqualTo(404);
    }

    @Test
    void aPublishedLocationIsClosedThroughReviewNotByDeletingIt() {
        Node location = fixtures.publishedLocation(ORGANISATION_A, Map.of());
        ApiClient.Response deleted = maintainerA.delete(NODES + location.path(), location.etag());
        assertThat(deleted.status()).isEqualTo(403);
        assertThat(deleted.body()).contains("/close");
        assertThat(delivered(location).get("name").asString()).isEqualTo(location.properties().get("name"));
    }

    @Test
    void theSubmitterWithdrawsAndNobodyElse() {
        Node location = fixtures.publishedLocation(ORGANISATION_A, Map.of());
        String etag = change(maintainerA, location, "{\"phone\":\"0761 999\"}");
        long id = maintainerA.post(submit(location), etag, "").json().get("id").asLong();
        assertThat(reviewer.post(REVIEW + "/requests/" + id + "/withdraw", null, "").status()).isEqualTo(403);
        ApiClient.Response withdrawn = maintainerA.post(REVIEW + "/requests/" + id + "/withdraw", null, "");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("withdrawn");
        assertThat(reviewer.get(REVIEW + "/requests").body()).doesNotContain(location.id().toString());
        assertThat(maintainerA.post(REVIEW + "/requests/" + id + "/withdraw", null, "").status()).isEqualTo(409);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Node location = fixtures.publishedLocation(ORGANISATION_A, Map.of());
        assertThat(maintainerA.post(REVIEW + "/locations/not-a-uuid/submit", "\"1\"", "").errorFields()).containsExactly("id");
        assertThat(maintainerA.post(submit(location), null, "").status()).isEqualTo(428);
        assertThat(maintainerA.post(submit(location), location.etag(), "").status())
                .as("nothing changed: confirm instead").isEqualTo(409);
        assertThat(reviewer.get(REVIEW + "/requests?status=maybe").errorFields()).containsExactly("status");
        assertThat(reviewer.get(REVIEW + "/requests?limit=0").errorFields()).containsExactly("limit");
        assertThat(reviewer.get(REVIEW + "/requests/abc").errorFields()).containsExactly("id");
        assertThat(reviewer.get(REVIEW + "/requests/999999999").status()).isEqualTo(404);
        String tooLong = "x".repeat(ReviewService.MAX_NOTE + 1);
        String etag = change(maintainerA, location, "{\"phone\":\"0761 1\"}");
        assertThat(maintainerA.post(submit(location), etag, "{\"note\":\"" + tooLong + "\"}").errorFields())
                .containsExactly("note");
    }

    @Test
    void confirmingUnchangedDataRenewsTheReviewByDateAtOnce() {
        Node location = fixtures.publishedLocation(ORGANISATION_A, Map.of("lastReviewed", "2024-01-10", "reviewBy", "2025-01-10"));
        ApiClient.Response confirmed = maintainerA.post(REVIEW + "/locations/" + location.id() + "/confirm", location.etag(), "");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        JsonNode published = delivered(location);
        assertThat(published.get("lastReviewed").asString()).isEqualTo(today().toString());
        assertThat(published.get("reviewBy").asString()).isEqualTo(today().plusMonths(12).toString());

        String etag = change(maintainerA, location, "{\"phone\":\"0761 12\"}");
        ApiClient.Response unpublishedChange = maintainerA.post(REVIEW + "/locations/" + location.id() + "/confirm", etag, "");
        assertThat(unpublishedChange.status()).as("changes go through review").isEqualTo(409);
        assertThat(maintainerB.post(REVIEW + "/locations/" + location.id() + "/confirm", etag, "").status()).isEqualTo(404);
        assertThat(reviewer.post(REVIEW + "/locations/" + location.id() + "/confirm", etag, "").status()).isEqualTo(403);
    }

    @Test
    void anOverdueLocationRemindsItsMaintainersOncePerDuePeriodAndConfirmingEndsIt() {
        Node location = fixtures.publishedLocation(ORGANISATION_A, Map.of("lastReviewed", "2024-01-10", "reviewBy", "2025-01-10"));
        String subject = "Bitte prüfen: Daten von " + location.properties().get("name");
        assertThat(overdue.locations()).extracting(OverdueContent.Overdue::id).contains(location.id());
        assertThat(maintainerA.get(REVIEW + "/overdue").body()).contains(location.id().toString(), "\"dueDate\":\"2025-01-10\"");
        assertThat(maintainerB.get(REVIEW + "/overdue").body()).doesNotContain(location.id().toString());
        assertThat(reviewer.get(REVIEW + "/overdue").body()).contains(location.id().toString());

        reminders.remindDue();
        reminders.remindDue();
        await().atMost(Duration.ofSeconds(15)).until(() -> !mails(MAINTAINER_A_MAIL, subject).isEmpty());
        awaitMailsSent();
        assertThat(mails(MAINTAINER_A_MAIL, subject)).as("once per due period").hasSize(1);
        assertThat(body(mails(MAINTAINER_A_MAIL, subject).get(0))).contains("10.01.2025", "http://localhost:8080/redaktion/pruefung/faellig");
        assertThat(mails("beratung-b@demo.example.org", subject)).isEmpty();

        String etag = maintainerA.get(NODES + location.path()).etag();
        assertThat(maintainerA.post(REVIEW + "/locations/" + location.id() + "/confirm", etag, "").status()).isEqualTo(200);
        assertThat(overdue.locations()).extracting(OverdueContent.Overdue::id).doesNotContain(location.id());
        reminders.remindDue();
        awaitMailsSent();
        assertThat(mails(MAINTAINER_A_MAIL, subject)).as("not again after confirming").hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_reminder WHERE node_id = :id").param("id", location.id().toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    /** Waits until the outbox has handed every queued mail to the SMTP server. */
    void awaitMailsSent() {
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM outbox_event WHERE consumer = 'mail' AND status = 'PENDING'").query(Long.class).single() == 0);
    }

    /** Changes the location as {@code client} through the management API; answers the new ETag. */
    String change(ApiClient client, Node location, String properties) {
        String etag = client.get(NODES + location.path()).etag();
        ApiClient.Response changed = client.post(NODES + location.path(), etag, "{\"properties\":" + properties + "}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        return changed.etag();
    }

    static String submit(Node location) {
        return REVIEW + "/locations/" + location.id() + "/submit";
    }

    JsonNode delivered(Node location) {
        ApiClient.Response response = anonymous.get("/.rest/delivery/locations" + location.path().substring("/standorte".length()));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    /** A new maintainer confirms the AV-Vertrag in the editorial web first, as the agreement gate demands. */
    private void confirmAgreement(String user) {
        WebSession web = WebSession.on(port);
        assertThat(web.signIn(user, user).statusCode()).isEqualTo(302);
        String page = web.get("/redaktion/av-vertrag").body();
        Matcher version = Pattern.compile("name=\"agreementVersion\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(version.find()).as(page).isTrue();
        assertThat(web.post("/redaktion/av-vertrag", WebSession.csrfToken(page),
                Map.of("agreed", "true", "agreementVersion", version.group(1))).statusCode()).isEqualTo(302);
    }
}
