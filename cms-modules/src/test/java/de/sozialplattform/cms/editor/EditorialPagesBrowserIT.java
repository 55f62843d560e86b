package de.sozialplattform.cms.editor;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.NewNode;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.PublishRequest;
import de.sozialplattform.search.web.Accessibility;
import de.sozialplattform.search.web.Browser;
import de.sozialplattform.search.web.UsesBrowser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The editorial pages in a real headless Chromium with JavaScript: WCAG 2.1 AA by axe-core on the list, the edit
 * form (also with errors and as a maintainer sees it), the language tabs, the history with its comparison and the
 * audit log.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesBrowser
class EditorialPagesBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(Browser browser, String user) {
        browser.clearStorage();
        browser.driver().manage().deleteAllCookies();
        browser.open(url("/anmelden"));
        browser.fill("#username", user).fill("#password", user).submit("form button[type=submit]");
    }

    private Node publishedAndChangedPage() {
        String run = "b" + UUID.randomUUID().toString().substring(0, 8);
        Node folder = content.create(new NewNode(null, "pages", "/", run, Node.FOLDER, Map.of()), "test");
        Node page = content.create(new NewNode(null, "pages", folder.path(), "seite", "infoPage", Map.of(
                "title", "Browserseite", "title_en", "Browser page", "teaser", "Erste Fassung",
                "categories", List.of("benefit"), "lastReviewed", "2026-11-01")), "test");
        page = content.publish("pages", page.path(), page.lockVersion(), new PublishRequest(false, null, null), "test");
        return content.update("pages", page.path(), page.lockVersion(), Map.of("teaser", "Zweite Fassung"), "test");
    }

    @Test
    void listFormErrorsTabsAndHistoryAreAccessible(Browser browser) {
        Node page = publishedAndChangedPage();
        signIn(browser, "editor");

        browser.open(url("/redaktion/inhalte/infoPage"));
        assertThat(browser.text("h1")).isEqualTo("Informationsseiten");
        Accessibility.assertNoViolations(browser);

        browser.open(url("/redaktion/bearbeiten/pages" + page.path()));
        assertThat(browser.text("h1")).contains("Browserseite");
        Accessibility.assertNoViolations(browser);
        // With JavaScript the language sections are tabs: one panel shows at a time.
        assertThat(browser.find("#lang-en").isDisplayed()).isFalse();
        browser.click(".tab-list a[href='#lang-en']");
        assertThat(browser.find("#lang-en").isDisplayed()).isTrue();
        assertThat(browser.find("#lang-de").isDisplayed()).isFalse();
        assertThat(browser.find(".tab-list a[href='#lang-en']").getAttribute("aria-selected")).isEqualTo("true");
        Accessibility.assertNoViolations(browser);

        browser.click(".tab-list a[href='#lang-de']");
        browser.script("document.getElementById('f-title').removeAttribute('required');"
                + "document.getElementById('f-title').value='';");
        browser.submit(".edit-form .actions button[value=save]");
        assertThat(browser.text(".error-summary h2")).isEqualTo("Bitte prüfen Sie Ihre Eingaben");
        Accessibility.assertNoViolations(browser);

        browser.open(url("/redaktion/versionen/pages" + page.path()));
        assertThat(browser.text("table.diff tr.changed")).contains("Erste Fassung", "Zweite Fassung");
        Accessibility.assertNoViolations(browser);
        browser.resize(Browser.DESKTOP);
        Accessibility.assertNoViolations(browser);
    }

    @Test
    void theMaintainersFormAndTheAuditLogAreAccessible(Browser browser) {
        signIn(browser, "beratung-a");
        browser.open(url("/redaktion/inhalte/location"));
        Accessibility.assertNoViolations(browser);
        browser.submit("table.content-list tbody a");
        assertThat(browser.findAll("#f-name.readonly-value, p#f-name")).isNotEmpty();
        Accessibility.assertNoViolations(browser);

        signIn(browser, "admin");
        browser.open(url("/redaktion/protokoll"));
        assertThat(browser.text("h1")).isEqualTo("Protokoll");
        Accessibility.assertNoViolations(browser);
    }
}
