package de.sozialplattform.cms.pages;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.search.web.Accessibility;
import de.sozialplattform.search.web.Browser;
import de.sozialplattform.search.web.UsesBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Information pages in a real headless Chromium: readable on a phone and WCAG 2.1 AA by axe-core, in German and English. */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesBrowser
class CitizenPagesBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aSeededInformationPageIsAccessibleInBothLanguages(Browser browser) {
        browser.open("http://localhost:" + port + "/seiten/leistungen/buergergeld");
        assertThat(browser.text("h1")).isEqualTo("Bürgergeld");
        Accessibility.assertNoViolations(browser);
        browser.submit("a[hreflang=en]");
        assertThat(browser.text("h1")).isEqualTo("Citizen's income (Bürgergeld)");
        Accessibility.assertNoViolations(browser);
        browser.resize(Browser.DESKTOP);
        Accessibility.assertNoViolations(browser);
        browser.open("http://localhost:" + port + "/seiten/gibt-es-nicht");
        assertThat(browser.text("h1")).isEqualTo("Seite nicht gefunden");
        Accessibility.assertNoViolations(browser);
    }
}
