package de.sozialplattform.search.benefitfinder.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.search.SearchTestApplication;
import de.sozialplattform.search.web.Accessibility;
import de.sozialplattform.search.web.Browser;
import de.sozialplattform.search.web.UsesBrowser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The benefit finder in a real headless Chromium on a phone-sized screen, as a person uses it: every kind of step,
 * a mistake, back, the result in German and English; each page checked with axe-core against WCAG 2.1 AA.
 */
@SpringBootTest(classes = SearchTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesBrowser
class BenefitFinderBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aPersonAnswersTheQuestionsOnAPhoneAndGetsAnAccessibleResult(Browser browser) {
        browser.open("http://localhost:" + port + "/sozialleistungsfinder");
        assertThat(browser.text("h1")).isEqualTo("Sozialleistungsfinder");
        Accessibility.assertNoViolations(browser);
        browser.submit("main form button");

        // a number: first a mistake, named next to the field and in the summary
        assertThat(browser.text("h1")).isEqualTo("Wie alt sind Sie?");
        Accessibility.assertNoViolations(browser);
        browser.fill("#answer-age", "zwölf").submit("button[value=next]");
        assertThat(browser.text(".error-summary")).contains("ganze Zahl von 15 bis 120");
        assertThat(browser.find("#answer-age").getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.assertNoViolations(browser);
        browser.fill("#answer-age", "34").submit("button[value=next]");

        // yes/no by tapping the label, then back and forward keep the choice
        browser.click("label[for=answer-partner-no]").submit("button[value=next]");
        assertThat(browser.find("#answer-childrenUnder18")).isNotNull();
        browser.submit("button[value=back]");
        assertThat(browser.find("#answer-partner-no").isSelected()).isTrue();
        Accessibility.assertNoViolations(browser);
        browser.submit("button[value=next]");

        browser.fill("#answer-childrenUnder18", "0").submit("button[value=next]");
        browser.submit("button[value=dontKnow]"); // children 18 to 24: don't know
        browser.click("label[for=answer-residence-german]").submit("button[value=next]");
        browser.click("label[for=answer-workCapacity-yes]").submit("button[value=next]");
        browser.click("label[for=answer-employment-unemployed]").submit("button[value=next]");
        browser.fill("#answer-householdGrossIncome", "0").submit("button[value=next]");
        browser.fill("#answer-householdNetIncome", "0").submit("button[value=next]");
        browser.fill("#answer-assets", "500").submit("button[value=next]");
        browser.click("label[for=answer-housing-rent]").submit("button[value=next]");
        browser.fill("#answer-monthlyRent", "480").submit("button[value=next]");
        browser.click("label[for=answer-rentArrears-yes]").submit("button[value=next]");
        // several choices: "none" together with another is a mistake
        assertThat(browser.text(".hint")).contains("mehrere Antworten");
        browser.click("label[for=answer-currentBenefits-none]").click("label[for=answer-currentBenefits-wohngeld]")
                .submit("button[value=next]");
        assertThat(browser.text(".error-summary")).contains("Keine davon");
        Accessibility.assertNoViolations(browser);
        browser.click("label[for=answer-currentBenefits-wohngeld]").submit("button[value=next]");
        browser.click("label[for=answer-debts-yes]").submit("button[value=next]");
        browser.click("label[for=answer-addiction-no]").submit("button[value=next]");
        browser.click("label[for=answer-specialDifficulties-no]").submit("button[value=next]");
        assertThat(browser.text("h1")).startsWith("Wie lautet Ihre Postleitzahl?");
        Accessibility.assertNoViolations(browser);
        browser.submit("button[value=next]");

        assertThat(browser.text("h1")).isEqualTo("Ihr Ergebnis");
        List<String> possible = browser.findAll("section.possible h3").stream().map(e -> e.getText()).toList();
        assertThat(possible).contains("Bürgergeld", "Übernahme von Mietrückständen", "Schuldnerberatung");
        assertThat(browser.url()).endsWith("/sozialleistungsfinder?lang=de");
        Accessibility.assertNoViolations(browser);
        browser.resize(Browser.DESKTOP);
        Accessibility.assertNoViolations(browser);

        browser.submit(".language-switch button[lang=en]");
        assertThat(browser.text("h1")).isEqualTo("Your result");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        Accessibility.assertNoViolations(browser);
    }

    @Test
    void theHomePageLeadsToTheFinder(Browser browser) {
        browser.open("http://localhost:" + port + "/?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Find social help easily");
        Accessibility.assertNoViolations(browser);
        browser.submit("main a");
        assertThat(browser.text("h1")).isEqualTo("Benefit finder");
    }
}
