package de.sozialplattform.cms.accounts;

import static de.sozialplattform.cms.accounts.AccountFixtures.accept;
import static de.sozialplattform.cms.accounts.AccountFixtures.awaitMailTo;
import static de.sozialplattform.cms.accounts.AccountFixtures.invitationToken;
import static de.sozialplattform.cms.accounts.AccountFixtures.unique;
import static de.sozialplattform.cms.accounts.AccountFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.WebSession;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.search.web.Accessibility;
import de.sozialplattform.search.web.Browser;
import de.sozialplattform.search.web.UsesBrowser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The account pages in a real headless Chromium, without help from JavaScript: WCAG 2.1 AA by axe-core on the
 * invitation page (German, English, with errors), the agreement confirmation page, the colleagues page and the
 * password-reset pages.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesBrowser
class AccountPagesBrowserIT {

    static final String PASSWORD = "ein langes Passwort";

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    @Autowired
    JdbcClient jdbc;

    @Test
    void invitationAgreementAndColleaguePagesAreAccessible(Browser browser) {
        Node organisation = new AccountFixtures(content).organisation("Suchtberatung " + unique("Mitte"));
        String token = invite(organisation, uniqueEmail("browser"));

        browser.open(base() + "/einladung/" + token + "?lang=de");
        assertThat(browser.text("h1")).isEqualTo("Einladung zur Sozialplattform");
        Accessibility.assertNoViolations(browser);
        String username = unique("browser");
        browser.fill("#username", username).fill("#password", PASSWORD).fill("#passwordRepeat", PASSWORD);
        browser.submit("main button[type=submit]");
        assertThat(browser.text("#agreed-error")).contains("Bitte bestätigen Sie die Vereinbarung");
        Accessibility.assertNoViolations(browser);
        browser.open(base() + "/einladung/" + token + "?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Invitation to the Sozialplattform");
        Accessibility.assertNoViolations(browser);
        browser.fill("#username", username).fill("#password", PASSWORD).fill("#passwordRepeat", PASSWORD);
        browser.click("#agreed");
        browser.submit("main button[type=submit]");
        assertThat(browser.text("h1")).isEqualTo("Your account has been created");
        Accessibility.assertNoViolations(browser);
        browser.open(base() + "/einladung/" + token);
        Accessibility.assertNoViolations(browser);

        jdbc.sql("UPDATE agreement_confirmation SET agreement_version = '2020-01' WHERE username = :u")
                .param("u", username).update();
        signIn(browser, username);
        assertThat(browser.url()).endsWith("/redaktion/av-vertrag");
        Accessibility.assertNoViolations(browser);
        browser.submit("main form button.primary");
        assertThat(browser.text("#agreed-error")).contains("Bitte bestätigen Sie");
        Accessibility.assertNoViolations(browser);
        browser.click("#agreed");
        browser.submit("main form button.primary");
        browser.open(base() + "/redaktion/kolleginnen");
        assertThat(browser.text("h1")).contains("Zugänge von");
        Accessibility.assertNoViolations(browser);
        browser.fill("#email", "kein-at-zeichen");
        browser.submit("form[action*=einladungen] button");
        assertThat(browser.text("#email-error")).contains("E-Mail-Adresse");
        Accessibility.assertNoViolations(browser);
        browser.resize(Browser.DESKTOP);
        Accessibility.assertNoViolations(browser);
    }

    @Test
    void usersAndOrganisationPagesOfStaffAreAccessible(Browser browser) {
        Node organisation = new AccountFixtures(content).organisation("Wohnungsnothilfe " + unique("Ost"));
        browser.open(base() + "/anmelden");
        browser.fill("#username", "admin").fill("#password", "admin");
        browser.submit("main button[type=submit]");
        browser.open(base() + "/redaktion/benutzer");
        assertThat(browser.text("h1")).isEqualTo("Benutzerinnen und Benutzer");
        Accessibility.assertNoViolations(browser);
        browser.open(base() + "/redaktion/organisationen");
        Accessibility.assertNoViolations(browser);
        browser.open(base() + "/redaktion/organisationen/" + organisation.id() + "?lang=en");
        browser.submit("form[action*=offboarding] button");
        assertThat(browser.text("#confirm-error")).contains("Please confirm");
        Accessibility.assertNoViolations(browser);
    }

    @Test
    void passwordResetPagesAreAccessible(Browser browser) {
        browser.open(base() + "/passwort-vergessen");
        assertThat(browser.text("h1")).isEqualTo("Passwort vergessen");
        Accessibility.assertNoViolations(browser);
        browser.submit("main button[type=submit]");
        assertThat(browser.text("#account-error")).contains("Bitte geben Sie");
        Accessibility.assertNoViolations(browser);
        browser.fill("#account", "niemand-" + unique("x"));
        browser.submit("main button[type=submit]");
        assertThat(browser.text("h1")).isEqualTo("Bitte sehen Sie in Ihr Postfach");
        Accessibility.assertNoViolations(browser);

        String email = uniqueEmail("browser-reset");
        String username = unique("reset");
        Node organisation = new AccountFixtures(content).organisation("Schuldnerberatung " + unique("Nord"));
        assertThat(accept(port, invite(organisation, email), username, PASSWORD, true).statusCode()).isEqualTo(302);
        browser.open(base() + "/passwort-vergessen?lang=en");
        browser.fill("#account", email);
        browser.submit("main button[type=submit]");
        String token = AccountFixtures.resetToken(awaitMailTo(email, "/passwort-neu/"));
        browser.open(base() + "/passwort-neu/" + token + "?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Set a new password");
        Accessibility.assertNoViolations(browser);
        browser.fill("#password", "short").fill("#passwordRepeat", "short");
        browser.submit("main button[type=submit]");
        assertThat(browser.text("#password-error")).contains("at least 12 characters");
        Accessibility.assertNoViolations(browser);
    }

    private void signIn(Browser browser, String username) {
        browser.open(base() + "/anmelden");
        browser.fill("#username", username).fill("#password", PASSWORD);
        browser.submit("main button[type=submit]");
    }

    private String invite(Node organisation, String email) {
        WebSession editor = WebSession.on(port);
        editor.signIn("editor", "editor");
        String page = "/redaktion/organisationen/" + organisation.id();
        assertThat(editor.post(page + "/einladungen", WebSession.csrfToken(editor.get(page).body()),
                Map.of("email", email, "language", "de")).statusCode()).isEqualTo(302);
        return invitationToken(awaitMailTo(email));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
