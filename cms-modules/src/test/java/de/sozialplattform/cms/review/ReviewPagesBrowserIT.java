package de.sozialplattform.cms.review;

import static de.sozialplattform.cms.review.ReviewFixtures.ORGANISATION_A;
import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.cms.CmsTestApplication;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review pages in a real headless Chromium, checked by axe-core for WCAG 2.1 AA: the queue and a request with its
 * comparison and forms (also with the reject form's error), in German and English, then the decision by form.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesBrowser
class ReviewPagesBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theQueueAndARequestAreAccessibleAndWorkWithoutScript(Browser browser) {
        ReviewFixtures fixtures = new ReviewFixtures(content, transactions);
        Node location = fixtures.publishedLocation(ORGANISATION_A, Map.of());
        String name = (String) location.properties().get("name");
        ApiClient maintainer = ApiClient.as(port, "beratung-a", "beratung-a");
        String etag = maintainer.post("/.rest/nodes/v1/adviceCentres" + location.path(), location.etag(),
                "{\"properties\":{\"phone\":\"0761 7070\",\"description_en\":\"<p>Advice on debts</p>\"}}").etag();
        long request = maintainer.post("/.rest/review/v1/locations/" + location.id() + "/submit", etag, "")
                .json().get("id").asLong();

        String base = "http://localhost:" + port;
        browser.open(base + "/anmelden");
        browser.fill("#username", "reviewer").fill("#password", "reviewer").submit("button[type=submit]");
        browser.open(base + "/redaktion/pruefung");
        assertThat(browser.text("h1")).isEqualTo("Freigaben");
        assertThat(browser.text("table")).contains(name);
        Accessibility.assertNoViolations(browser);

        browser.open(base + "/redaktion/pruefung/" + request);
        assertThat(browser.text("table")).contains("Telefon", "0761 7070");
        Accessibility.assertNoViolations(browser);
        browser.script("document.getElementById('note').removeAttribute('required')");
        browser.submit("form[action$='/ablehnen'] button");
        assertThat(browser.text("#note-error")).contains("Bitte schreiben Sie einen Hinweis");
        Accessibility.assertNoViolations(browser);

        browser.open(base + "/redaktion/pruefung/" + request + "?lang=en");
        assertThat(browser.text("h1")).startsWith("Submission");
        Accessibility.assertNoViolations(browser);
        browser.resize(Browser.DESKTOP);
        Accessibility.assertNoViolations(browser);
        browser.submit("form[action$='/freigeben'] button");
        assertThat(browser.text("[role=status]")).contains("Approved");
        Accessibility.assertNoViolations(browser);

        // The centre finds the review buttons under the form of its location.
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "/anmelden");
        browser.fill("#username", "beratung-a").fill("#password", "beratung-a").submit("button[type=submit]");
        browser.open(base + "/redaktion/bearbeiten/adviceCentres" + location.path());
        assertThat(browser.text("main")).contains("Daten bestätigen");
        Accessibility.assertNoViolations(browser);
    }
}
