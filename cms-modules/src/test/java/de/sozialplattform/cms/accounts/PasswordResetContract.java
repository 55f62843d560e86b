package de.sozialplattform.cms.accounts;

import static de.sozialplattform.cms.accounts.AccountFixtures.accept;
import static de.sozialplattform.cms.accounts.AccountFixtures.awaitMailTo;
import static de.sozialplattform.cms.accounts.AccountFixtures.mailsTo;
import static de.sozialplattform.cms.accounts.AccountFixtures.resetToken;
import static de.sozialplattform.cms.accounts.AccountFixtures.unique;
import static de.sozialplattform.cms.accounts.AccountFixtures.uniqueEmail;
import static de.sozialplattform.cms.accounts.AccountsContract.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Passwort vergessen" as a person uses it, over real HTTP and SMTP against a real database: the same answer for
 * every input, a link by mail that works once, a limit on mails per account. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PasswordResetContract {

    static final String OLD = "das alte lange Passwort";
    static final String NEW = "ein neues langes Passwort";

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    @Autowired
    JdbcClient jdbc;

    AccountFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AccountFixtures(content);
    }

    @Test
    void aResetLinkFromTheMailSetsANewPasswordOnce() {
        String email = uniqueEmail("vergessen");
        String username = maintainer(email);

        HttpResponse<String> sent = request(email.toUpperCase());
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("Bitte sehen Sie in Ihr Postfach");
        String token = resetToken(awaitMailTo(email, "/passwort-neu/"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE token_hash = :t").param("t", token)
                .query(Long.class).single()).as("only the hash is stored").isZero();

        WebSession browser = WebSession.on(port);
        HttpResponse<String> form = browser.get("/passwort-neu/" + token);
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> tooShort = browser.post("/passwort-neu/" + token, WebSession.csrfToken(form.body()),
                Map.of("password", "kurz", "passwordRepeat", "kurz"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(errorOf(tooShort.body(), "password")).contains("mindestens 12 Zeichen");
        HttpResponse<String> mismatch = browser.post("/passwort-neu/" + token, WebSession.csrfToken(form.body()),
                Map.of("password", NEW, "passwordRepeat", NEW + "x"));
        assertThat(errorOf(mismatch.body(), "passwordRepeat")).contains("stimmen nicht überein");
        HttpResponse<String> done = browser.post("/passwort-neu/" + token, WebSession.csrfToken(form.body()),
                Map.of("password", NEW, "passwordRepeat", NEW));
        assertThat(done.statusCode()).isEqualTo(302);

        assertThat(WebSession.on(port).signIn(username, NEW).headers().firstValue("Location").orElseThrow())
                .endsWith("/redaktion");
        assertThat(WebSession.on(port).signIn(username, OLD).headers().firstValue("Location").orElseThrow())
                .contains("/anmelden?fehler");
        HttpResponse<String> reused = WebSession.on(port).get("/passwort-neu/" + token);
        assertThat(reused.statusCode()).isEqualTo(410);
        assertThat(reused.body()).contains("Dieser Link gilt nicht mehr");
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotAnAccountExists() {
        String email = uniqueEmail("gibt-es");
        String username = maintainer(email);
        HttpResponse<String> known = request(username);
        HttpResponse<String> unknown = request(unique("gibt-es-nicht"));
        HttpResponse<String> unknownAddress = request(uniqueEmail("gibt-es-nicht"));
        assertThat(unknown.statusCode()).isEqualTo(known.statusCode());
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(unknownAddress.body()).isEqualTo(known.body());
        awaitMailTo(email, "/passwort-neu/");

        HttpResponse<String> empty = request(" ");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(errorOf(empty.body(), "account")).contains("Bitte geben Sie Ihren Benutzernamen");
        assertThat(WebSession.on(port).get("/passwort-neu/" + "B".repeat(43)).statusCode()).isEqualTo(404);
    }

    @Test
    void anAccountGetsAtMostThreeMailsAnHour() {
        String email = uniqueEmail("flut");
        String username = maintainer(email);
        for (int i = 0; i < 5; i++) {
            assertThat(request(username).statusCode()).isEqualTo(200);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE username = :u").param("u", username)
                .query(Long.class).single()).isEqualTo(3);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> mailsTo(email).stream().filter(m -> m.contains("/passwort-neu/")).count() == 3);
    }

    /** A maintainer with the mail address, made through an invitation; the password is {@link #OLD}. */
    private String maintainer(String email) {
        Node organisation = fixtures.organisation("Beratung " + unique("Reset"));
        WebSession editor = WebSession.on(port);
        editor.signIn("editor", "editor");
        String page = "/redaktion/organisationen/" + organisation.id();
        assertThat(editor.post(page + "/einladungen", WebSession.csrfToken(editor.get(page).body()),
                Map.of("email", email, "language", "de")).statusCode()).isEqualTo(302);
        String username = unique("reset");
        String token = AccountFixtures.invitationToken(awaitMailTo(email));
        assertThat(accept(port, token, username, OLD, true).statusCode()).isEqualTo(302);
        return username;
    }

    private HttpResponse<String> request(String account) {
        WebSession browser = WebSession.on(port);
        HttpResponse<String> form = browser.get("/passwort-vergessen");
        assertThat(form.statusCode()).isEqualTo(200);
        return browser.post("/passwort-vergessen", WebSession.csrfToken(form.body()), Map.of("account", account));
    }
}
