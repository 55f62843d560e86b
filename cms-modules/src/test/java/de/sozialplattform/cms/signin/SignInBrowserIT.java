package de.sozialplattform.cms.signin;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.search.web.Accessibility;
import de.sozialplattform.search.web.Browser;
import de.sozialplattform.search.web.UsesBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in page in a real headless Chromium, without JavaScript tricks: WCAG 2.1 AA by axe-core in German and
 * English, also with an error shown; and signing in works with the production cookie ({@code Secure} on
 * {@code http://localhost}, which Chromium treats as secure).
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesBrowser
class SignInBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void theSignInPageIsAccessibleInBothLanguagesAlsoWithAnError(Browser browser) {
        browser.open("http://localhost:" + port + "/anmelden");
        assertThat(browser.text("h1")).isEqualTo("Anmelden");
        Accessibility.assertNoViolations(browser);

        // an unknown name: the same message, and the demo user "editor" is not counted towards throttling
        browser.fill("#username", "niemand-im-browser").fill("#password", "falsch").submit("button[type=submit]");
        assertThat(browser.text(".error-summary")).isEqualTo("Benutzername oder Passwort stimmen nicht.");
        Accessibility.assertNoViolations(browser);

        browser.submit("a[hreflang=en]");
        assertThat(browser.text("h1")).isEqualTo("Sign in");
        assertThat(browser.text(".error-summary")).isEqualTo("The user name or password is not correct.");
        Accessibility.assertNoViolations(browser);
        browser.resize(Browser.DESKTOP);
        Accessibility.assertNoViolations(browser);

        browser.fill("#username", "editor").fill("#password", "editor").submit("button[type=submit]");
        assertThat(browser.url()).endsWith("/redaktion");
        assertThat(browser.text("main p")).isEqualTo("Angemeldet als editor");
    }
}
