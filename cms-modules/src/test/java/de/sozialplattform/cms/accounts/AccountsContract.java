package de.sozialplattform.cms.accounts;

import static de.sozialplattform.cms.accounts.AccountFixtures.accept;
import static de.sozialplattform.cms.accounts.AccountFixtures.awaitMailTo;
import static de.sozialplattform.cms.accounts.AccountFixtures.invitationToken;
import static de.sozialplattform.cms.accounts.AccountFixtures.unique;
import static de.sozialplattform.cms.accounts.AccountFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.WebSession;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Onboarding as people do it, over real HTTP and real SMTP against a real database: an editor invites, the invitee
 * follows the link from the mail, confirms the AV-Vertrag and works; links work once and expire; a new agreement
 * version stops maintainers until they confirm it; off-boarding takes an organisation offline and its maintainers
 * out. Runs on H2 and PostgreSQL (subclasses).
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AccountsContract {

    static final String PASSWORD = "ein langes Passwort";
    /** Seeded organisation of the demo maintainer beratung-a (see security.UserBootstrap). */
    static final String SEEDED_A = "a0291b11-f037-549c-850c-f6e4d8b98232";

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    @Autowired
    ContentReader reader;

    @Autowired
    JdbcClient jdbc;

    AccountFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AccountFixtures(content);
    }

    @Test
    void anInvitedCentreAcceptsTheAgreementSignsInAndSeesItsOwnOrganisation() {
        Node organisation = fixtures.organisation("Suchthilfe Nord " + unique("e.V."));
        String email = uniqueEmail("leitung");
        WebSession editor = signedIn("editor");
        HttpResponse<String> page = editor.get("/redaktion/organisationen/" + organisation.id());
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> invited = editor.post("/redaktion/organisationen/" + organisation.id() + "/einladungen",
                WebSession.csrfToken(page.body()), Map.of("email", email, "language", "de"));
        assertThat(invited.statusCode()).isEqualTo(302);
        assertThat(editor.get("/redaktion/organisationen/" + organisation.id() + "?done=invited").body())
                .contains("Die Einladung ist verschickt.").contains(email);

        String mail = awaitMailTo(email);
        assertThat(mail).contains((String) organisation.properties().get("name")).contains("/einladung/");
        String token = invitationToken(mail);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_invitation WHERE token_hash = :t").param("t", token)
                .query(Long.class).single()).as("the token itself is never stored").isZero();

        HttpResponse<String> link = WebSession.on(port).get("/einladung/" + token);
        assertThat(link.body()).contains((String) organisation.properties().get("name"))
                .contains("Vereinbarung zur Auftragsverarbeitung").contains("Art. 32 DSGVO");

        String username = unique("leitung");
        HttpResponse<String> created = accept(port, token, username, PASSWORD, true);
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).contains("/einladung/angenommen");

        WebSession maintainer = WebSession.on(port);
        assertThat(maintainer.signIn(username, PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/redaktion");
        assertThat(maintainer.get("/redaktion").statusCode()).isEqualTo(200);
        HttpResponse<String> colleagues = maintainer.get("/redaktion/kolleginnen");
        assertThat(colleagues.headers().firstValue("Location").orElseThrow())
                .endsWith("/redaktion/organisationen/" + organisation.id());
        assertThat(maintainer.get("/redaktion/organisationen/" + organisation.id()).body()).contains(username);
        ApiClient api = ApiClient.as(port, username, PASSWORD);
        assertThat(api.get("/.rest/nodes/v1/adviceCentres" + organisation.path()).status()).isEqualTo(200);
        Node foreign = reader.find(NodeId.of(SEEDED_A)).orElseThrow();
        assertThat(api.get("/.rest/nodes/v1/adviceCentres" + foreign.path()).status())
                .as("another organisation is not found").isEqualTo(404);
        assertThat(jdbc.sql("SELECT agreement_version FROM agreement_confirmation WHERE username = :u")
                .param("u", username).query(String.class).single()).isEqualTo("2026-11");
    }

    @Test
    void anInvitationLinkWorksOnceAndNotAfterItExpired() {
        Node organisation = fixtures.organisation("Schuldnerberatung " + unique("Ost"));
        String token = invite(organisation, uniqueEmail("einmal"));
        assertThat(accept(port, token, unique("erste"), PASSWORD, true).statusCode()).isEqualTo(302);

        HttpResponse<String> again = WebSession.on(port).get("/einladung/" + token);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("Diese Einladung gilt nicht mehr")
                .doesNotContain((String) organisation.properties().get("name"));

        String expiring = uniqueEmail("abgelaufen");
        String late = invite(organisation, expiring);
        jdbc.sql("UPDATE account_invitation SET expires_at = created_at WHERE email = :e").param("e", expiring).update();
        HttpResponse<String> expired = WebSession.on(port).get("/einladung/" + late);
        assertThat(expired.statusCode()).isEqualTo(410);

        HttpResponse<String> unknown = WebSession.on(port).get("/einladung/" + "A".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Diese Einladung kennen wir nicht");
        assertThat(WebSession.on(port).get("/einladung/kurz").statusCode()).isEqualTo(404);
    }

    @Test
    void theFormNamesEachProblemNextToItsFieldAndCreatesNothing() {
        Node organisation = fixtures.organisation("Wohnungsnothilfe " + unique("Süd"));
        String token = invite(organisation, uniqueEmail("fehler"));
        String username = unique("fehler");

        HttpResponse<String> unticked = accept(port, token, username, PASSWORD, false);
        assertThat(unticked.statusCode()).isEqualTo(400);
        assertThat(errorOf(unticked.body(), "agreed")).contains("Bitte bestätigen Sie die Vereinbarung");

        HttpResponse<String> shortPassword = accept(port, token, username, "zu kurz", true);
        assertThat(errorOf(shortPassword.body(), "password")).contains("mindestens 12 Zeichen");

        HttpResponse<String> nameInPassword = accept(port, token, username, username + "-geheim!", true);
        assertThat(errorOf(nameInPassword.body(), "password")).contains("Benutzernamen nicht enthalten");

        HttpResponse<String> takenName = accept(port, token, "editor", PASSWORD, true);
        assertThat(errorOf(takenName.body(), "username")).contains("vergeben");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u").param("u", username)
                .query(Long.class).single()).isZero();
        assertThat(accept(port, token, username, PASSWORD, true).statusCode()).as("the link still works").isEqualTo(302);
    }

    @Test
    void aMaintainerInvitesColleaguesOfTheirOwnOrganisationOnly() {
        WebSession maintainerB = signedIn("beratung-b");
        String path = "/redaktion/organisationen/" + SEEDED_A;
        assertThat(maintainerB.get(path).statusCode()).isEqualTo(404);
        HttpResponse<String> own = maintainerB.get("/redaktion/kolleginnen");
        String ownPath = own.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> ownPage = maintainerB.get(ownPath.substring(ownPath.indexOf("/redaktion")));
        assertThat(ownPage.statusCode()).isEqualTo(200);
        String email = uniqueEmail("fremd");
        HttpResponse<String> foreign = maintainerB.post(path + "/einladungen", WebSession.csrfToken(ownPage.body()),
                Map.of("email", email, "language", "de"));
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_invitation WHERE email = :e").param("e", email)
                .query(Long.class).single()).isZero();

        HttpResponse<String> badAddress = maintainerB.post(ownPath.substring(ownPath.indexOf("/redaktion"))
                + "/einladungen", WebSession.csrfToken(ownPage.body()), Map.of("email", "kein-at-zeichen", "language", "de"));
        assertThat(badAddress.statusCode()).isEqualTo(400);
        assertThat(errorOf(badAddress.body(), "email")).contains("E-Mail-Adresse wie name@beispiel.de");
    }

    @Test
    void aNewAgreementVersionStopsTheMaintainerUntilConfirmed() {
        Node organisation = fixtures.organisation("Beratung " + unique("West"));
        String username = unique("neu");
        assertThat(accept(port, invite(organisation, uniqueEmail("neu")), username, PASSWORD, true).statusCode())
                .isEqualTo(302);
        // What publishing a new version means for this maintainer: what they confirmed is no longer in force.
        jdbc.sql("UPDATE agreement_confirmation SET agreement_version = '2020-01' WHERE username = :u")
                .param("u", username).update();

        WebSession web = WebSession.on(port);
        web.signIn(username, PASSWORD);
        HttpResponse<String> home = web.get("/redaktion");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/redaktion/av-vertrag");
        ApiClient api = ApiClient.as(port, username, PASSWORD);
        ApiClient.Response refused = api.get("/.rest/nodes/v1/adviceCentres" + organisation.path());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).contains("problem+json");
        assertThat(refused.json().get("agreement").asString()).isEqualTo("av-vertrag");
        assertThat(refused.json().get("version").asString()).isEqualTo("2026-11");

        HttpResponse<String> page = web.get("/redaktion/av-vertrag");
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> unticked = web.post("/redaktion/av-vertrag", WebSession.csrfToken(page.body()),
                Map.of("agreementVersion", AccountFixtures.versionOn(page.body())));
        assertThat(unticked.statusCode()).isEqualTo(400);
        assertThat(errorOf(unticked.body(), "agreed")).contains("Bitte bestätigen Sie");
        HttpResponse<String> confirmed = web.post("/redaktion/av-vertrag", WebSession.csrfToken(page.body()),
                Map.of("agreementVersion", AccountFixtures.versionOn(page.body()), "agreed", "true"));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(web.get("/redaktion").statusCode()).isEqualTo(200);
        assertThat(api.get("/.rest/nodes/v1/adviceCentres" + organisation.path()).status()).isEqualTo(200);
    }

    @Test
    void offboardingTakesTheOrganisationOfflineAndItsMaintainersOut() {
        Node organisation = fixtures.organisation("Träger " + unique("Ende"));
        Node location = fixtures.publishedLocation(organisation);
        String delivery = "/.rest/delivery/locations" + location.path().substring("/standorte".length());
        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.get(delivery).status()).isEqualTo(200);
        String username = unique("geht");
        assertThat(accept(port, invite(organisation, uniqueEmail("geht")), username, PASSWORD, true).statusCode())
                .isEqualTo(302);
        String open = invite(organisation, uniqueEmail("offen"));
        WebSession maintainer = WebSession.on(port);
        maintainer.signIn(username, PASSWORD);
        assertThat(maintainer.get("/redaktion").statusCode()).isEqualTo(200);

        WebSession editor = signedIn("editor");
        String page = "/redaktion/organisationen/" + organisation.id();
        HttpResponse<String> unconfirmed = editor.post(page + "/offboarding",
                WebSession.csrfToken(editor.get(page).body()), Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(errorOf(unconfirmed.body(), "confirm")).contains("Bitte bestätigen Sie");
        assertThat(anonymous.get(delivery).status()).as("nothing happened yet").isEqualTo(200);
        HttpResponse<String> done = editor.post(page + "/offboarding", WebSession.csrfToken(editor.get(page).body()),
                Map.of("confirm", "true"));
        assertThat(done.statusCode()).isEqualTo(302);

        assertThat(anonymous.get(delivery).status()).isEqualTo(404);
        assertThat(anonymous.get("/.rest/delivery/organisations" + organisation.path().substring("/traeger".length()))
                .status()).isEqualTo(404);
        HttpResponse<String> revoked = maintainer.get("/redaktion");
        assertThat(revoked.statusCode()).as("the open session ends at once").isEqualTo(302);
        assertThat(revoked.headers().firstValue("Location").orElseThrow()).contains("/anmelden");
        assertThat(WebSession.on(port).signIn(username, PASSWORD).headers().firstValue("Location").orElseThrow())
                .contains("/anmelden?fehler");
        assertThat(ApiClient.as(port, username, PASSWORD).get("/.rest/nodes/v1/adviceCentres" + organisation.path())
                .status()).isEqualTo(401);
        assertThat(WebSession.on(port).get("/einladung/" + open).statusCode()).isEqualTo(410);

        HttpResponse<String> again = editor.post(page + "/offboarding", WebSession.csrfToken(editor.get(page).body()),
                Map.of("confirm", "true"));
        assertThat(again.statusCode()).as("off-boarding twice changes nothing").isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'offboard' AND node_id = :id")
                .param("id", organisation.id().toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void maintainersCannotOffboard() {
        WebSession maintainerA = signedIn("beratung-a");
        String page = "/redaktion/organisationen/" + SEEDED_A;
        HttpResponse<String> refused = maintainerA.post(page + "/offboarding",
                WebSession.csrfToken(maintainerA.get(page).body()), Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    /** Invites {@code email} to the organisation as the editor does it, and returns the token from the mail. */
    String invite(Node organisation, String email) {
        WebSession editor = signedIn("editor");
        String page = "/redaktion/organisationen/" + organisation.id();
        HttpResponse<String> sent = editor.post(page + "/einladungen", WebSession.csrfToken(editor.get(page).body()),
                Map.of("email", email, "language", "de"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        return invitationToken(awaitMailTo(email));
    }

    WebSession signedIn(String user) {
        WebSession session = WebSession.on(port);
        assertThat(session.signIn(user, user).headers().firstValue("Location").orElseThrow()).endsWith("/redaktion");
        return session;
    }

    /** The error message shown next to the field {@code name} (its {@code <name>-error} element). */
    static String errorOf(String html, String name) {
        int at = html.indexOf("id=\"" + name + "-error\"");
        assertThat(at).as("an error next to " + name + " in:\n" + html).isPositive();
        String rest = html.substring(at);
        return rest.substring(0, rest.indexOf("</p>")).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}
