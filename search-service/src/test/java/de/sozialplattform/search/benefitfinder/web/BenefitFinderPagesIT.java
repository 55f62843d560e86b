package de.sozialplattform.search.benefitfinder.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.search.SearchTestApplication;
import de.sozialplattform.search.benefitfinder.web.FormClient.Page;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The benefit finder's pages over real HTTP, used like a browser without JavaScript: one question per step, back
 * and forward, "don't know", mistakes named next to the field, skip logic, language switch with answers kept, the
 * result in its two groups, and answers never in a URL.
 */
@SpringBootTest(classes = SearchTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BenefitFinderPagesIT {

    @LocalServerPort
    int port;
    FormClient client;

    /** A single unemployed adult renting a flat, with little income: Bürgergeld is possible. */
    static final List<String[]> UNEMPLOYED_RENTER = List.of(
            new String[] {"age", "34"}, new String[] {"partner", "false"}, new String[] {"childrenUnder18", "0"},
            new String[] {"childrenInEducation18to24", "0"}, new String[] {"residence", "german"},
            new String[] {"workCapacity", "yes"}, new String[] {"employment", "unemployed"},
            new String[] {"householdGrossIncome", "0"}, new String[] {"householdNetIncome", "0"},
            new String[] {"assets", "1.200"}, new String[] {"housing", "rent"}, new String[] {"monthlyRent", "550"},
            new String[] {"rentArrears", "false"}, new String[] {"currentBenefits", "none"},
            new String[] {"debts", "false"}, new String[] {"addiction", "false"},
            new String[] {"specialDifficulties", "false"});

    @BeforeEach
    void newClient() {
        client = new FormClient(port);
    }

    @Test
    void theStartPageIsGermanFirstAndEnglishOnRequest() {
        Page german = client.get("/sozialleistungsfinder");
        assertThat(german.status()).isEqualTo(200);
        assertThat(german.document().select("html").attr("lang")).isEqualTo("de");
        assertThat(german.document().select("html").attr("dir")).isEqualTo("ltr");
        assertThat(german.document().select("h1").text()).isEqualTo("Sozialleistungsfinder");
        assertThat(german.document().select("a[hreflang=en]").attr("href")).isEqualTo("/sozialleistungsfinder?lang=en");

        Page english = client.get("/sozialleistungsfinder?lang=en");
        assertThat(english.document().select("html").attr("lang")).isEqualTo("en");
        assertThat(english.document().select("h1").text()).isEqualTo("Benefit finder");
        Page byBrowser = client.get("/sozialleistungsfinder", "Accept-Language", "en-GB,en;q=0.8");
        assertThat(byBrowser.document().select("h1").text()).isEqualTo("Benefit finder");
        Page unknown = client.get("/sozialleistungsfinder?lang=xx", "Accept-Language", "fr");
        assertThat(unknown.document().select("html").attr("lang")).isEqualTo("de");
    }

    @Test
    void oneQuestionPerStepWithProgressThenTheResultInTwoGroups() {
        Page page = start("de");
        assertThat(step(page)).isEqualTo("age");
        assertThat(page.document().select("h1").text()).isEqualTo("Wie alt sind Sie?");
        assertThat(page.document().select("progress").attr("value")).isEqualTo("1");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");

        page = answerAll(page, UNEMPLOYED_RENTER);
        assertThat(step(page)).isEqualTo("postalCode");
        page = client.press(page, "action", "next", Map.of());

        assertThat(page.document().select("h1").text()).isEqualTo("Ihr Ergebnis");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(titles(page, "possible")).contains("Bürgergeld", "Wohngeld").doesNotContain("Kindergeld");
        assertThat(titles(page, "unlikely")).contains("Kindergeld", "Kinderzuschlag", "Suchtberatung");
        assertThat(page.document().select("section.possible h2").text()).startsWith("Möglicherweise Anspruch");
        assertThat(page.document().select("section.unlikely h2").text()).startsWith("Wahrscheinlich kein Anspruch");
        assertThat(page.text()).contains("keine Entscheidung", "Angewendet wurden die Regeln mit Stand");
        Element buergergeld = item(page, "Bürgergeld");
        assertThat(buergergeld.select(".reasons li")).isNotEmpty();
        assertThat(buergergeld.select(".legal-basis").text()).contains("SGB II");
        // the answers with a way to change each; amounts as people write them
        assertThat(answer(page, "assets")).isEqualTo("1.200");
        assertThat(answer(page, "housing")).isEqualTo("Zur Miete (auch zur Untermiete)");
        assertThat(answer(page, "postalCode")).isEqualTo("Keine Angabe");
    }

    @Test
    void skipLogicLeavesOutQuestionsThatDoNotApply() {
        Page page = answerAll(start("de"), UNEMPLOYED_RENTER.subList(0, 4));
        assertThat(step(page)).as("no child under 18: school or day care is not asked").isEqualTo("residence");
        Page withChild = client.press(page, "action", "back", Map.of());
        withChild = client.press(withChild, "action", "back", Map.of());
        assertThat(step(withChild)).isEqualTo("childrenUnder18");
        withChild = answer(withChild, "childrenUnder18", "2");
        withChild = answer(withChild, "childrenInEducation18to24", "0");
        assertThat(step(withChild)).isEqualTo("childInSchoolOrDaycare");
    }

    @Test
    void mistakesAreNamedNextToTheFieldAndTheAnswerIsKept() {
        Page page = answer(start("de"), "age", "vierzig");
        assertThat(step(page)).isEqualTo("age");
        assertThat(page.document().title()).startsWith("Fehler:");
        assertThat(page.document().select(".error-summary a").text())
                .isEqualTo("Bitte geben Sie eine ganze Zahl von 15 bis 120 ein.");
        assertThat(page.document().select(".error-summary a").attr("href")).isEqualTo("#answer-age");
        Element input = page.document().getElementById("answer-age");
        assertThat(input.attr("aria-invalid")).isEqualTo("true");
        assertThat(input.attr("aria-describedby")).isEqualTo("answer-age-error");
        assertThat(input.attr("value")).isEqualTo("vierzig");

        page = client.press(page, "action", "next", Map.of("a.age", List.of()));
        assertThat(page.document().select(".error-summary a").text()).isEqualTo("Bitte beantworten Sie diese Frage.");
        page = answer(page, "age", "14");
        assertThat(step(page)).isEqualTo("age");
        page = answer(page, "age", "15");
        assertThat(step(page)).isEqualTo("partner");
    }

    @Test
    void aMalformedPostalCodeIsNamedAndAnEmptyOneIsFine() {
        Page postalCode = answerAll(start("en"), UNEMPLOYED_RENTER);
        Page mistake = client.press(postalCode, "action", "next", Map.of("postalCode", List.of("4022")));
        assertThat(step(mistake)).isEqualTo("postalCode");
        assertThat(mistake.document().select(".error-summary a").text())
                .isEqualTo("Please enter a postal code of 5 digits, or leave the field empty.");
        assertThat(mistake.document().getElementById("answer-postalCode").attr("value")).isEqualTo("4022");
        Page result = client.press(mistake, "action", "next", Map.of("postalCode", List.of("")));
        assertThat(result.document().select("h1").text()).isEqualTo("Your result");
    }

    @Test
    void requiredQuestionsOfferNoDontKnowAndOptionalOnesMoveOnWithIt() {
        Page page = start("de");
        assertThat(page.document().select("button[value=dontKnow]")).isEmpty();
        page = answer(page, "age", "40");
        page = client.press(page, "action", "dontKnow", Map.of());
        assertThat(step(page)).isEqualTo("childrenUnder18");
        page = client.press(page, "action", "back", Map.of());
        assertThat(step(page)).isEqualTo("partner");
        assertThat(page.text()).contains("Ihre bisherige Antwort: Weiß ich nicht.");
    }

    @Test
    void switchingTheLanguageMidwayKeepsEveryAnswer() {
        Page page = answerAll(start("de"), UNEMPLOYED_RENTER.subList(0, 3));
        Element english = page.document().select(".language-switch button[lang=en]").first();
        assertThat(english.attr("formaction")).isEqualTo("/sozialleistungsfinder?lang=en");
        page = client.press(page, "action", "stay", Map.of());
        assertThat(page.document().select("html").attr("lang")).isEqualTo("en");
        assertThat(step(page)).isEqualTo("childrenInEducation18to24");
        page = client.press(page, "action", "back", Map.of());
        assertThat(page.document().getElementById("answer-childrenUnder18").attr("value")).isEqualTo("0");
        page = client.press(page, "action", "back", Map.of());
        assertThat(page.document().select("input[name=a.partner][checked]").attr("value")).isEqualTo("false");
    }

    @Test
    void anAnswerCanBeChangedFromTheResultAndTheResultFollows() {
        Page result = client.press(answerAll(start("de"), UNEMPLOYED_RENTER), "action", "next", Map.of());
        assertThat(titles(result, "possible")).doesNotContain("Schuldnerberatung");
        Page debts = client.press(result, "edit", "debts", Map.of());
        assertThat(step(debts)).isEqualTo("debts");
        assertThat(debts.document().select("input[name=a.debts][checked]").attr("value")).isEqualTo("false");
        Page changed = client.press(debts, "action", "result", Map.of("a.debts", List.of("true")));
        assertThat(titles(changed, "possible")).contains("Schuldnerberatung");
    }

    @Test
    void answersTravelOnlyInPostBodies() {
        Page result = client.press(answerAll(start("de"), UNEMPLOYED_RENTER), "action", "next", Map.of());
        assertThat(result.document().select("h1").text()).isEqualTo("Ihr Ergebnis");
        for (URI uri : client.requested()) {
            assertThat(uri.getRawQuery() == null ? "" : uri.getRawQuery()).as(uri.toString()).matches("(lang=[a-z]+)?");
        }
        assertThat(result.document().select("form").eachAttr("method")).containsOnly("post");
        assertThat(result.document().select("a[href*=a.], form[action*=a.]")).isEmpty();
    }

    @Test
    void theResultDownloadsAsARealPdfWithTheSameContent() throws Exception {
        Page result = client.press(answerAll(start("de"), UNEMPLOYED_RENTER), "action", "next", Map.of());
        Page pdf = client.pressFirst(result, "form[action^=/sozialleistungsfinder/ergebnis.pdf] button");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment").contains("sozialleistungsfinder-ergebnis.pdf");
        assertThat(pdf.header("Cache-Control")).isEqualTo("no-store");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Sozialleistungsfinder – Ihr Ergebnis", "Möglicherweise Anspruch",
                    "Wahrscheinlich kein Anspruch", "Bürgergeld", "Ihre Antworten", "Zur Miete (auch zur Untermiete)",
                    "keine Entscheidung");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Sozialleistungsfinder – Ihr Ergebnis");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
        }
    }

    @Test
    void theResultChangesLanguageWithItsAnswers() {
        Page result = client.press(answerAll(start("de"), UNEMPLOYED_RENTER), "action", "next", Map.of());
        Page english = client.press(result, "action", "result", Map.of());
        assertThat(english.document().select("html").attr("lang")).isEqualTo("en");
        assertThat(english.document().select("h1").text()).isEqualTo("Your result");
        assertThat(titles(english, "possible")).contains("Citizen's income (Bürgergeld)");
        assertThat(answer(english, "housing")).isEqualTo("In a rented home (also subletting)");
    }

    Page start(String lang) {
        return client.pressFirst(client.get("/sozialleistungsfinder?lang=" + lang), "main form button");
    }

    Page answerAll(Page page, List<String[]> answers) {
        for (String[] answer : answers) {
            page = answer(page, answer[0], answer[1]);
        }
        return page;
    }

    Page answer(Page page, String question, String value) {
        assertThat(step(page)).as(page.text()).isEqualTo(question);
        return client.press(page, "action", "next", Map.of("a." + question, List.of(value)));
    }

    static String step(Page page) {
        return page.document().select("input[name=step]").attr("value");
    }

    static List<String> titles(Page page, String group) {
        return page.document().select("section." + group + " .result-item h3").eachText();
    }

    static Element item(Page page, String title) {
        return page.document().select(".result-item").stream()
                .filter(item -> item.select("h3").text().equals(title)).findFirst().orElseThrow();
    }

    static String answer(Page page, String step) {
        Element button = page.document().select("button[name=edit][value=" + step + "]").first();
        return button.parent().select("span").first().text();
    }
}
