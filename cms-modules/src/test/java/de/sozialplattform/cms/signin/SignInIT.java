package de.sozialplattform.cms.signin;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in to the editorial web with a local account, as a browser does it: form, session cookie, CSRF token. */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInIT {

    @LocalServerPort
    int port;

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
        WebSession browser = WebSession.on(port);
        HttpResponse<String> failed = browser.signIn("editor", "wrong");
        assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/anmelden?fehler"));
        assertThat(browser.get("/anmelden?fehler").body()).contains("Benutzername oder Passwort stimmen nicht.");
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
}
