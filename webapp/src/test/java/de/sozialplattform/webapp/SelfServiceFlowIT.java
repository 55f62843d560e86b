package de.sozialplattform.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sozialplattform.search.web.Accessibility;
import de.sozialplattform.search.web.Browser;
import de.sozialplattform.search.web.UsesBrowser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-service of an advice centre end to end, through the packaged jar on a fresh installation and a real
 * headless Chromium: the centre's maintainer changes opening hours and submits them; the maintainer of another
 * organisation cannot open that form by its address; a reviewer compares and approves; the finder's API then shows
 * the new hours. Mails go to the mail drop directory, as on a local start without an SMTP server.
 */
@UsesBrowser
class SelfServiceFlowIT {

    /** "Beratung bei Schulden und Wohnungsnot Lauchheim (Demo)", a seeded location of Beratungsverbund Breisgau. */
    private static final String LOCATION = "1da78e9f-e221-5680-8566-9a8fe4b5cd86";
    private static final String NEW_CLOSING_TIME = "16:45";
    private static final Duration INDEXING = Duration.ofSeconds(90);

    @RegisterExtension
    final AppProcesses apps = new AppProcesses();

    @TempDir
    Path dir;

    @Test
    void aCentreChangesItsOpeningHoursAReviewerApprovesAndTheFinderShowsThem(Browser browser) {
        Path data = dir.resolve("data").toAbsolutePath();
        AppProcess app = apps.create("SelfServiceFlowIT", dir, List.of("--SOZIAL_DATA_DIR=" + data)).start();
        ManagementApi citizen = ManagementApi.anonymous(app);
        String before = awaitCentre(citizen, body -> body.contains("\"openingHours\""));
        assertFalse(before.contains(NEW_CLOSING_TIME), before);

        // The maintainer of Beratungsverbund Breisgau edits the location's opening hours and submits them.
        signIn(browser, app, "beratung-a");
        browser.open(app.uri("/redaktion/inhalte/location?q=Lauchheim").toString());
        browser.submit("table.content-list tbody a");
        String editForm = browser.url();
        assertTrue(browser.text("h1").contains("Lauchheim"), browser.text("h1"));
        browser.fill("input[name='p.openingHours[0].closes']", NEW_CLOSING_TIME);
        browser.submit(".edit-form .actions button[value=save]");
        assertTrue(browser.text(".notice").startsWith("Gespeichert"), browser.text(".notice"));
        Accessibility.assertNoViolations(browser);
        browser.submit(".review-actions button.primary");
        String request = browser.url();
        assertTrue(request.contains("/redaktion/pruefung/"), request);
        assertFalse(centre(citizen).contains(NEW_CLOSING_TIME), "not public before approval");

        // Another organisation's maintainer cannot open the form by its address.
        signIn(browser, app, "beratung-b");
        browser.open(editForm);
        assertEquals("Seite nicht gefunden", browser.text("h1"));
        assertFalse(browser.html().contains("Lauchheim"), "nothing of the other organisation's location shows");

        // A reviewer sees the change side by side and approves it.
        signIn(browser, app, "reviewer");
        browser.open(request);
        assertTrue(browser.html().contains(NEW_CLOSING_TIME), "the comparison shows the new closing time");
        Accessibility.assertNoViolations(browser);
        browser.submit("form[action*='freigeben'] button");
        assertTrue(browser.find("[role=status]").isDisplayed());

        String after = awaitCentre(citizen, body -> body.contains(NEW_CLOSING_TIME));
        assertTrue(after.contains("Lauchheim"), after);
        // The reviewers were told of the submission, the centre of the approval.
        awaitMail(data, "To: reviewer@demo.example.org");
        awaitMail(data, "To: beratung-a@demo.example.org");
    }

    private static void signIn(Browser browser, AppProcess app, String user) {
        browser.driver().manage().deleteAllCookies();
        browser.open(app.uri("/anmelden").toString());
        browser.fill("#username", user).fill("#password", user).submit("form[action$='/anmelden'] button[type=submit]");
        assertTrue(browser.url().contains("/redaktion"), () -> user + " signed in: " + browser.url());
    }

    private static String centre(ManagementApi citizen) {
        HttpResponse<String> response = citizen.get("/api/v1/advice-centres/" + LOCATION);
        return response.statusCode() + " " + response.body();
    }

    private static String awaitCentre(ManagementApi citizen, Predicate<String> wanted) {
        long deadline = System.nanoTime() + INDEXING.toNanos();
        String last = centre(citizen);
        while (!(last.startsWith("200 ") && wanted.test(last)) && System.nanoTime() < deadline) {
            AppProcess.sleep(500);
            last = centre(citizen);
        }
        assertTrue(last.startsWith("200 ") && wanted.test(last), "finder answer: " + last);
        return last;
    }

    private static void awaitMail(Path data, String header) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (mails(data).stream().noneMatch(mail -> mail.contains(header)) && System.nanoTime() < deadline) {
            AppProcess.sleep(300);
        }
        assertTrue(mails(data).stream().anyMatch(mail -> mail.contains(header)), "a mail with " + header);
    }

    private static List<String> mails(Path data) {
        Path drop = data.resolve("mail");
        if (!Files.isDirectory(drop)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(drop)) {
            return files.filter(f -> f.toString().endsWith(".eml")).map(SelfServiceFlowIT::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
