package de.sozialplattform.cms.signin;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing in to the editorial web with a local account, as a browser does it: form, session cookie, CSRF token. */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEditorialWebAsksForSignInAndKnowsTheUserAfterwards() {
        WebSession browser = WebSession.on(port);
        HttpResponse<String> home = browser.get("/redaktion");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/anmelden"));

        HttpResponse<String> signedIn = browser.signIn("editor", "editor");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/redaktion"));
        HttpResponse<String> page = browser.get("/redaktion");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Angemeldet als editor");

        HttpResponse<String> signedOut = browser.post("/abmelden", WebSession.csrfToken(page.body()), Map.of());
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/anmelden?abgemeldet"));
        assertThat(browser.get("/redaktion").statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordIsNamedAndSignsNobodyIn() {
        // An address and a name of its own: deliberate failures must not throttle the demo users or localhost
        // for the rest of the suite (unknown names are counted and answered exactly like known ones).
        WebSession browser = WebSession.on(port).from("198.51.100.31");
        HttpResponse<String> failed = browser.signIn("niemand-falsch", "wrong");
        assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/anmelden?fehler="));
        assertThat(browser.get(failed.headers().firstValue("Location").orElseThrow().replaceFirst("^http://[^/]+", "")).body())
                .contains("Benutzername oder Passwort stimmen nicht.");
        assertThat(browser.get("/anmelden?fehler=&lang=en").body()).contains("The user name or password is not correct.");
        assertThat(browser.get("/redaktion").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        WebSession browser = WebSession.on(port);
        browser.get("/anmelden");
        HttpResponse<String> forged = browser.post("/anmelden", null, Map.of("username", "editor", "password", "editor"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/redaktion").statusCode()).isEqualTo(302);
    }

    @Test
    void signInGivesANewSessionIdAndSignOutEndsTheSessionForGood() {
        WebSession browser = WebSession.on(port);
        browser.get("/anmelden");
        String before = browser.cookie("SESSION");
        assertThat(before).as("the sign-in form's CSRF token lives in a session").isNotNull();

        HttpResponse<String> signedIn = browser.signIn("reviewer", "reviewer");
        String after = browser.cookie("SESSION");
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax").contains("Secure"));

        String sessionId = new String(Base64.getDecoder().decode(after), StandardCharsets.UTF_8); // the cookie's form
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE session_id = :id")
                .param("id", sessionId).query(Integer.class).single())
                .as("sozial.security.session.timeout: 30 minutes").isEqualTo(1800);

        WebSession fixated = WebSession.on(port);
        fixated.setCookie("SESSION", before);
        assertThat(fixated.get("/redaktion").statusCode()).as("the pre-sign-in session id is worth nothing").isEqualTo(302);

        HttpResponse<String> page = browser.get("/redaktion");
        assertThat(page.statusCode()).isEqualTo(200);
        browser.post("/abmelden", WebSession.csrfToken(page.body()), Map.of());

        WebSession replay = WebSession.on(port);
        replay.setCookie("SESSION", after);
        assertThat(replay.get("/redaktion").statusCode()).as("a signed-out session cookie no longer works").isEqualTo(302);
    }

    @Test
    void disablingAnAccountEndsItsSessionOnTheNextRequest() {
        String name = "abgang-" + java.util.UUID.randomUUID();
        jdbc.sql("INSERT INTO app_user (username, password_hash, roles, enabled) VALUES (:name, :hash, 'EDITOR', TRUE)")
                .param("name", name).param("hash", "{noop}kennwort").update();
        WebSession browser = WebSession.on(port);
        browser.signIn(name, "kennwort");
        assertThat(browser.get("/redaktion").statusCode()).isEqualTo(200);
        String session = browser.cookie("SESSION");

        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = :name").param("name", name).update();
        HttpResponse<String> ended = browser.get("/redaktion");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/anmelden?fehler=konto-deaktiviert"));

        jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE username = :name").param("name", name).update();
        WebSession replay = WebSession.on(port);
        replay.setCookie("SESSION", session);
        assertThat(replay.get("/redaktion").statusCode()).as("the session is gone, not just paused").isEqualTo(302);
    }

    @Test
    void editorialPagesAreNeitherCachedNorFramedNorReferredElsewhere() {
        WebSession browser = WebSession.on(port);
        HttpResponse<String> signInPage = browser.get("/anmelden");
        browser.signIn("editor", "editor");
        HttpResponse<String> home = browser.get("/redaktion");
        for (HttpResponse<String> page : List.of(signInPage, home)) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void theApiStaysStatelessWithHttpBasic() throws Exception {
        long sessions = jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/.rest/nodes/v1/pages/leistungen?depth=1"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single()).isEqualTo(sessions);
    }

    @Test
    void signInsFailuresAndSignOutsAreAuditedWithTheClientAddressButNoPassword() {
        WebSession browser = WebSession.on(port).from("198.51.100.23");
        browser.signIn("beratung-a", "not-the-password");
        browser.signIn("beratung-a", "beratung-a");
        HttpResponse<String> page = browser.get("/redaktion");
        browser.post("/abmelden", WebSession.csrfToken(page.body()), Map.of());

        List<Map<String, Object>> entries = jdbc.sql("""
                SELECT actor, action, detail FROM audit_log WHERE detail LIKE '%address=198.51.100.23%' ORDER BY id""")
                .query().listOfRows();
        assertThat(entries).extracting(row -> row.get("ACTION") != null ? row.get("ACTION") : row.get("action"))
                .containsExactly("sign-in-failed", "sign-in", "sign-out");
        assertThat(entries).allSatisfy(row -> assertThat(row.values()).contains("beratung-a"));
        assertThat(entries.toString()).contains("method=form").doesNotContain("not-the-password");
    }
}
