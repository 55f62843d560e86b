package de.sozialplattform.cms.editor;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.WebSession;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.NewNode;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.PublishRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The editorial web as editors and centre maintainers use it: over real HTTP with a session and CSRF tokens, the
 * forms sent as a browser without JavaScript sends them, against a real database (H2 and PostgreSQL subclasses).
 * Each test makes its own objects in its own folder.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EditorialPagesContract {

    /** Seeded organisation of the demo maintainer beratung-a, and one of its seeded locations. */
    static final String ORGANISATION_A = "a0291b11-f037-549c-850c-f6e4d8b98232";
    static final String ORGANISATION_B = "839d95f2-5954-5788-b254-33bea366123e";

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    @Autowired
    ContentReader reader;

    String folder;
    String run;

    @BeforeEach
    void folder() {
        run = "e" + UUID.randomUUID().toString().substring(0, 8);
        folder = content.create(new NewNode(null, "pages", "/", run, Node.FOLDER, Map.of()), "test").path();
    }

    WebSession signedIn(String user) {
        WebSession browser = WebSession.on(port);
        assertThat(browser.signIn(user, user).statusCode()).isEqualTo(302);
        return browser;
    }

    Node page(String name, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of("title", "Seite " + name + " " + run,
                "categories", List.of("benefit"), "lastReviewed", "2026-11-01"));
        properties.putAll(extra);
        return content.create(new NewNode(null, "pages", folder, name, "infoPage", properties), "test");
    }

    Node location(String organisation, String name) {
        String land = content.create(new NewNode(null, "adviceCentres", "/standorte", run + "-" + name, Node.FOLDER,
                Map.of()), "test").path();
        return content.create(new NewNode(null, "adviceCentres", land, name, "location", Map.of("name",
                "Standort " + name + " " + run, "organisation", organisation, "types", List.of("suchtberatung"),
                "phone", "0761 1")), "test");
    }

    Node publish(Node node) {
        return content.publish(node.workspace(), node.path(), node.lockVersion(), new PublishRequest(false, null, null),
                "test");
    }

    Node stored(Node node) {
        return reader.require(node.workspace(), node.path());
    }

    static String edit(Node node) {
        return "/redaktion/bearbeiten/" + node.workspace() + node.path();
    }

    /** Where a redirect points, as a path with query for {@link WebSession#get}. */
    static String location(HttpResponse<String> redirect) {
        java.net.URI uri = java.net.URI.create(redirect.headers().firstValue("Location").orElseThrow());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    @Test
    void theListFiltersByStatusMissingTranslationAndTextSortsAndLinksToTheEditForm() {
        Node alpha = page("alpha", Map.of("title", "Alpha " + run, "title_en", "Alpha (en)"));
        page("beta", Map.of("title", "Beta " + run));
        publish(page("gamma", Map.of("title", "Gamma " + run, "title_en", "Gamma (en)")));
        WebSession browser = signedIn("editor");

        Document all = html(browser.get("/redaktion/inhalte/infoPage?q=" + run));
        assertThat(all.select("table.content-list tbody tr td:first-child").eachText())
                .containsExactly("Alpha " + run, "Beta " + run, "Gamma " + run);
        assertThat(all.selectFirst("tbody a").attr("href")).startsWith(edit(alpha));

        assertThat(html(browser.get("/redaktion/inhalte/infoPage?status=published&q=" + run))
                .select("tbody td:first-child").eachText()).containsExactly("Gamma " + run);
        assertThat(html(browser.get("/redaktion/inhalte/infoPage?status=draft&missing=en&q=" + run))
                .select("tbody td:first-child").eachText()).containsExactly("Beta " + run);
        content.update("pages", alpha.path(), alpha.lockVersion(), Map.of("teaser", "neu"), "test");
        assertThat(html(browser.get("/redaktion/inhalte/infoPage?sort=changed&q=" + run))
                .select("tbody td:first-child").eachText().get(0)).isEqualTo("Alpha " + run);
        assertThat(browser.get("/redaktion/inhalte/infoPage?status=bogus").statusCode()).isEqualTo(400);
        assertThat(browser.get("/redaktion/inhalte/noSuchType").statusCode()).isEqualTo(404);
        assertThat(browser.get("/redaktion/inhalte/infoPage?page=abc&q=" + run).statusCode()).isEqualTo(200);
        assertThat(browser.get("/redaktion/versionen/pages" + alpha.path() + "?version=x").statusCode()).isEqualTo(400);
        HttpResponse<String> form = browser.get(edit(alpha));
        assertThat(EditorForm.on(form.body(), "form.edit-form").set("lock", "x")
                .submit(browser, WebSession.csrfToken(form.body()), "save").statusCode()).isEqualTo(400);
    }

    @Test
    void publishedContentPastItsReviewByDateIsFlaggedInTheList() {
        publish(page("faellig", Map.of("title", "Fällig " + run, "lastReviewed", "2020-01-01")));
        publish(page("aktuell", Map.of("title", "Aktuell " + run)));
        Document list = html(signedIn("editor").get("/redaktion/inhalte/infoPage?q=" + run));
        assertThat(list.select("tbody tr:has(.badge.outdated) a").eachText()).containsExactly("Fällig " + run);
        assertThat(list.select("tbody .badge.outdated").text()).isEqualTo("Prüfung fällig");
    }

    @Test
    void aFormWithErrorsComesBackWithMessagesNextToTheFieldsAndASummaryAndNothingIsSaved() {
        Node node = page("fehler", Map.of());
        WebSession browser = signedIn("editor");
        HttpResponse<String> form = browser.get(edit(node));
        assertThat(form.statusCode()).isEqualTo(200);

        HttpResponse<String> answer = EditorForm.on(form.body(), "form.edit-form")
                .set("p.title", "").set("p.teaser", "Mein Anriss").set("p.lastReviewed", "31.12.2026")
                .submit(browser, WebSession.csrfToken(form.body()), "save");

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = html(answer);
        assertThat(page.title()).startsWith("Fehler:");
        assertThat(page.select(".error-summary a").eachAttr("href")).contains("#f-title", "#f-lastReviewed");
        Element title = page.getElementById("f-title");
        assertThat(title.attr("aria-invalid")).isEqualTo("true");
        assertThat(title.attr("aria-describedby")).contains("f-title-error");
        assertThat(page.getElementById("f-title-error").text()).contains("Bitte ausfüllen.");
        assertThat(page.getElementById("f-lastReviewed-error").text()).contains("Datum");
        assertThat(page.getElementById("f-teaser").attr("value")).as("input is kept").isEqualTo("Mein Anriss");
        assertThat(stored(node).properties()).doesNotContainKey("teaser");
    }

    @Test
    void savingStoresTheFieldsRowsAndSanitisedRichTextThenShowsTheSavedForm() {
        Node node = page("speichern", Map.of());
        WebSession browser = signedIn("editor");
        HttpResponse<String> form = browser.get(edit(node));
        // Add a section row without JavaScript: the button submits, nothing is saved yet.
        HttpResponse<String> withRow = EditorForm.on(form.body(), "form.edit-form")
                .set("p.teaser", "Kurz gesagt")
                .submit(browser, WebSession.csrfToken(form.body()), "add:sections");
        assertThat(withRow.statusCode()).isEqualTo(200);
        assertThat(stored(node).properties()).doesNotContainKey("teaser");
        Document rowPage = html(withRow);
        assertThat(rowPage.getElementById("f-sections-0--heading")).isNotNull();

        HttpResponse<String> saved = EditorForm.on(withRow.body(), "form.edit-form")
                .set("p.sections[0].heading", "Wer bekommt das?")
                .set("p.sections[0].body", "<p>Alle <script>alert(1)</script><strong>sofort</strong></p>")
                .set("p.categories", "benefit", "ozgService")
                .submit(browser, WebSession.csrfToken(withRow.body()), "save");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("notice=saved"));
        Map<String, Object> properties = stored(node).properties();
        assertThat(properties.get("teaser")).isEqualTo("Kurz gesagt");
        assertThat(properties.get("categories")).isEqualTo(List.of("benefit", "ozgService"));
        assertThat(properties.get("sections")).isEqualTo(List.of(Map.of("heading", "Wer bekommt das?",
                "body", "<p>Alle <strong>sofort</strong></p>")));
        Document after = html(browser.get(location(saved)));
        assertThat(after.select(".notice").text()).contains("Gespeichert");
    }

    @Test
    void aStaleFormIsShownBackWithTheUsersInputAndAMessageAndCanThenBeSaved() {
        Node node = page("veraltet", Map.of());
        WebSession browser = signedIn("editor");
        HttpResponse<String> form = browser.get(edit(node));
        content.update("pages", node.path(), node.lockVersion(), Map.of("teaser", "von jemand anderem"), "reviewer");

        HttpResponse<String> stale = EditorForm.on(form.body(), "form.edit-form").set("p.topic", "familie")
                .submit(browser, WebSession.csrfToken(form.body()), "save");

        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = html(stale);
        assertThat(page.select(".error-summary").text()).contains("Inzwischen hat jemand anderes gespeichert", "reviewer");
        assertThat(page.getElementById("f-topic").attr("value")).isEqualTo("familie");
        assertThat(stored(node).properties()).doesNotContainKey("topic");

        HttpResponse<String> again = EditorForm.on(stale.body(), "form.edit-form")
                .submit(browser, WebSession.csrfToken(stale.body()), "save");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(stored(node).properties()).containsEntry("topic", "familie");
    }

    @Test
    void languageTabsShowMissingAndOutdatedTranslations() {
        Node node = publish(page("sprachen", Map.of("teaser", "Anriss", "teaser_en", "Teaser")));
        content.update("pages", node.path(), node.lockVersion(), Map.of("teaser", "Neuer Anriss"), "test");
        WebSession browser = signedIn("editor");

        Document page = html(browser.get(edit(node)));

        Element english = page.getElementById("lang-en");
        assertThat(english).isNotNull();
        assertThat(english.selectFirst("label[for=f-teaser_en]").text()).contains("Übersetzung veraltet");
        assertThat(english.selectFirst("label[for=f-title_en]").text()).contains("Übersetzung fehlt");
        assertThat(english.getElementById("f-teaser_en-source").text()).contains("Neuer Anriss");
        assertThat(page.getElementById("f-teaser_en").attr("aria-describedby")).contains("f-teaser_en-source");
        assertThat(page.select(".tab-list a[href=#lang-en]").text()).contains("fehlen", "1 veraltet");
        Element arabic = page.getElementById("f-title_ar");
        assertThat(arabic.attr("dir")).isEqualTo("rtl");
        assertThat(arabic.attr("lang")).isEqualTo("ar");
    }

    @Test
    void theHistoryComparesAVersionFieldByFieldAndRestoresIt() {
        Node node = publish(page("historie", Map.of("teaser", "Erste Fassung")));
        node = content.update("pages", node.path(), node.lockVersion(), Map.of("teaser", "Zweite Fassung"), "test");
        WebSession browser = signedIn("editor");

        HttpResponse<String> history = browser.get("/redaktion/versionen/pages" + node.path() + "?version=1");
        assertThat(history.statusCode()).isEqualTo(200);
        Document page = html(history);
        Element changed = page.selectFirst("table.diff tr.changed");
        assertThat(changed.text()).contains("Anrisstext", "Erste Fassung", "Zweite Fassung");
        assertThat(page.select("table.diff tr:not(.changed)").text()).contains("Titel");

        HttpResponse<String> restored = EditorForm.on(history.body(), "form.actions")
                .submit(browser, WebSession.csrfToken(history.body()), null);
        assertThat(restored.statusCode()).isEqualTo(302);
        assertThat(stored(node).properties()).containsEntry("teaser", "Erste Fassung");
        assertThat(html(browser.get(location(restored))).select(".notice").text())
                .contains("wiederhergestellt");
    }

    @Test
    void publishAndUnpublishButtonsWorkForEditors() {
        Node node = page("veroeffentlichen", Map.of());
        WebSession browser = signedIn("editor");
        HttpResponse<String> form = browser.get(edit(node));
        HttpResponse<String> published = EditorForm.on(form.body(), "form[action^='/redaktion/veroeffentlichen']")
                .submit(browser, WebSession.csrfToken(form.body()), null);
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(location(published)).contains("notice=published");
        assertThat(stored(node).published()).isTrue();

        HttpResponse<String> again = browser.get(edit(node));
        assertThat(html(again).select("h1 .badge").text()).isEqualTo("Veröffentlicht");
        EditorForm.on(again.body(), "form[action^='/redaktion/zurueckziehen']").submit(browser, WebSession.csrfToken(again.body()), null);
        assertThat(stored(node).published()).isFalse();
    }

    @Test
    void publicationIsScheduledWithAnExpiryAndBadDatesPublishNothing() {
        Node node = page("planen", Map.of());
        WebSession browser = signedIn("editor");
        HttpResponse<String> form = browser.get(edit(node));
        String csrf = WebSession.csrfToken(form.body());
        EditorForm publish = EditorForm.on(form.body(), "form[action^='/redaktion/veroeffentlichen']");

        HttpResponse<String> garbled = publish.set("publishAt", "morgen früh").submit(browser, csrf, null);
        assertThat(location(garbled)).contains("notice=baddate");
        HttpResponse<String> expired = publish.set("publishAt", "").set("expireAt", "2020-01-01T08:00")
                .submit(browser, csrf, null);
        assertThat(location(expired)).contains("notice=badexpiry");
        assertThat(stored(node).published()).isFalse();
        assertThat(stored(node).publishAt()).isNull();

        HttpResponse<String> scheduled = publish.set("publishAt", "2099-12-01T08:00").set("expireAt", "2100-01-01T00:00")
                .submit(browser, csrf, null);
        assertThat(location(scheduled)).contains("notice=scheduled");
        Node planned = stored(node);
        assertThat(planned.published()).isFalse();
        // local time in Germany: 08:00 CET is 07:00 UTC
        assertThat(planned.publishAt()).isEqualTo(java.time.Instant.parse("2099-12-01T07:00:00Z"));
        assertThat(planned.expireAt()).isEqualTo(java.time.Instant.parse("2099-12-31T23:00:00Z"));
        String page = browser.get(edit(node) + "?notice=scheduled").body();
        assertThat(page).contains("Die Veröffentlichung ist geplant.", "Veröffentlichung geplant für 2099-12-01 08:00",
                "Öffentlich bis 2100-01-01 00:00");
    }

    @Test
    void thePreviewShowsTheWorkingCopyAsCitizensWillSeeItOnlyWithItsToken() {
        Node node = publish(page("vorschau", Map.of("teaser", "Veröffentlicht")));
        content.update("pages", node.path(), node.lockVersion(), Map.of("teaser", "Noch nicht veröffentlicht"), "test");
        WebSession browser = signedIn("reviewer");
        HttpResponse<String> form = browser.get(edit(node));
        HttpResponse<String> preview = EditorForm.on(form.body(), "form[action^='/redaktion/vorschau']")
                .submit(browser, WebSession.csrfToken(form.body()), null);
        assertThat(preview.statusCode()).isEqualTo(302);
        String link = location(preview);
        assertThat(link).startsWith("/seiten" + node.path() + "?vorschau=");

        WebSession citizen = WebSession.on(port);
        HttpResponse<String> shown = citizen.get(link);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(html(shown).select(".lead").text()).isEqualTo("Noch nicht veröffentlicht");
        assertThat(html(citizen.get("/seiten" + node.path())).select(".lead").text()).isEqualTo("Veröffentlicht");
        assertThat(citizen.get("/seiten" + node.path() + "?vorschau=falsch").statusCode()).isEqualTo(404);
    }

    @Test
    void maintainersEditOnlyTheirLocationsAndOnlyTheirFields() {
        Node own = location(ORGANISATION_A, "eigen");
        Node foreign = location(ORGANISATION_B, "fremd");
        WebSession browser = signedIn("beratung-a");

        assertThat(browser.get(edit(foreign)).statusCode()).isEqualTo(404);
        assertThat(browser.get(edit(page("redaktion", Map.of()))).statusCode()).isEqualTo(403);
        HttpResponse<String> form = browser.get(edit(own));
        assertThat(form.statusCode()).isEqualTo(200);
        Document page = html(form);
        assertThat(page.getElementById("f-phone").tagName()).isEqualTo("input");
        assertThat(page.getElementById("f-name").tagName()).as("name is read-only").isEqualTo("p");
        assertThat(page.select("form[action^='/redaktion/veroeffentlichen']")).isEmpty();
        assertThat(page.select("nav.editor-nav").text()).contains("Standorte").doesNotContain("Informationsseiten");

        // A hand-made field the form showed read-only: refused, nothing stored.
        HttpResponse<String> forged = EditorForm.on(form.body(), "form.edit-form").set("fields", "phone", "name")
                .set("p.name", "Umbenannt").set("p.phone", "0761 2")
                .submit(browser, WebSession.csrfToken(form.body()), "save");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(html(forged).select("h1").text()).isEqualTo("Keine Berechtigung");
        assertThat(stored(own).properties()).containsEntry("phone", "0761 1");

        HttpResponse<String> saved = EditorForm.on(form.body(), "form.edit-form").set("p.phone", "0761 2")
                .submit(browser, WebSession.csrfToken(form.body()), "save");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(stored(own).properties()).containsEntry("phone", "0761 2").containsEntry("name",
                own.properties().get("name"));

        Document list = html(browser.get("/redaktion/inhalte/location?q=" + run));
        assertThat(list.select("tbody td:first-child").eachText()).containsExactly("Standort eigen " + run);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        Node node = page("csrf", Map.of());
        WebSession browser = signedIn("editor");
        HttpResponse<String> form = browser.get(edit(node));
        HttpResponse<String> forged = EditorForm.on(form.body(), "form.edit-form").set("p.teaser", "fremd")
                .submit(browser, null, "save");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(stored(node).properties()).doesNotContainKey("teaser");
    }

    @Test
    void coordinatesAreLookedUpFromThePostalCodeWithoutSaving() {
        Node node = location(ORGANISATION_A, "koordinaten");
        WebSession browser = signedIn("editor");
        HttpResponse<String> form = browser.get(edit(node));
        HttpResponse<String> looked = EditorForm.on(form.body(), "form.edit-form").set("p.postalCode", "79098")
                .submit(browser, WebSession.csrfToken(form.body()), "geocode");
        assertThat(looked.statusCode()).isEqualTo(200);
        Document page = html(looked);
        assertThat(Double.parseDouble(page.getElementById("f-latitude").attr("value"))).isBetween(47.9, 48.1);
        assertThat(page.select(".notice").text()).contains("Koordinaten");
        assertThat(stored(node).properties()).doesNotContainKey("latitude");

        HttpResponse<String> unknown = EditorForm.on(form.body(), "form.edit-form").set("p.postalCode", "00000")
                .submit(browser, WebSession.csrfToken(form.body()), "geocode");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(html(unknown).getElementById("f-postalCode-error").text()).contains("Postleitzahl");
    }

    @Test
    void theAuditLogIsForAdministratorsAndFilters() {
        Node node = page("protokoll", Map.of());
        content.update("pages", node.path(), node.lockVersion(), Map.of("teaser", "x"), "auditor-" + run);
        WebSession admin = signedIn("admin");
        Document page = html(admin.get("/redaktion/protokoll?actor=auditor-" + run + "&workspace=pages"));
        assertThat(page.select("table.audit tbody tr")).hasSize(1);
        assertThat(page.select("table.audit tbody tr").text()).contains("update", node.path());
        assertThat(html(admin.get("/redaktion/protokoll?actor=auditor-" + run + "&from=2999-01-01"))
                .select("table.audit tbody tr")).isEmpty();
        assertThat(admin.get("/redaktion/protokoll?from=gestern").statusCode()).isEqualTo(400);

        Node location = location(ORGANISATION_A, "protokolliert");
        content.update("adviceCentres", location.path(), location.lockVersion(), Map.of("phone", "0761 3"), "beratung-a");
        assertThat(admin.get("/redaktion/protokoll?action=update&organisation=" + ORGANISATION_A).body())
                .contains(location.path());
        assertThat(admin.get("/redaktion/protokoll?action=update&organisation=" + ORGANISATION_B).body())
                .doesNotContain(location.path());
        assertThat(signedIn("editor").get("/redaktion/protokoll").statusCode()).isEqualTo(403);
    }
}
