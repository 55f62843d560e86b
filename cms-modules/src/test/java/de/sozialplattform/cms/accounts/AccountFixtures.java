package de.sozialplattform.cms.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.sozialplattform.cms.TestMailServer;
import de.sozialplattform.cms.WebSession;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.NewNode;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.PublishRequest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations, locations and mails for the account tests: fresh organisations per test (made through the content
 * service), and the links people find in their mail (read from the real SMTP server).
 */
final class AccountFixtures {

    static final String ACTOR = "account-fixtures";
    private static final Pattern INVITATION_LINK = Pattern.compile("/einladung/([A-Za-z0-9_-]{43})");
    private static final Pattern RESET_LINK = Pattern.compile("/passwort-neu/([A-Za-z0-9_-]{43})");

    private final ContentService content;

    AccountFixtures(ContentService content) {
        this.content = content;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String uniqueEmail(String prefix) {
        return unique(prefix) + "@beratung.example";
    }

    /** A new, published organisation below {@code /traeger}. */
    Node organisation(String name) {
        Node node = content.create(new NewNode(null, "adviceCentres", "/traeger", unique("org"), "organisation",
                Map.of("name", name)), ACTOR);
        return content.publish(node.workspace(), node.path(), node.lockVersion(), new PublishRequest(false, null, null),
                ACTOR);
    }

    /** A new, published location of the organisation in its own Land folder below {@code /standorte}. */
    Node publishedLocation(Node organisation) {
        Node folder = content.create(new NewNode(null, "adviceCentres", "/standorte", unique("land"), Node.FOLDER,
                Map.of()), ACTOR);
        Node node = content.create(new NewNode(null, "adviceCentres", folder.path(), unique("standort"), "location",
                Map.of("name", "Standort " + organisation.properties().get("name"), "organisation",
                        organisation.id().toString(), "types", List.of("suchtberatung"), "phone", "0000 1")), ACTOR);
        return content.publish(node.workspace(), node.path(), node.lockVersion(), new PublishRequest(false, null, null),
                ACTOR);
    }

    /** The text of every mail that reached {@code to}, oldest first. */
    static List<String> mailsTo(String to) {
        return Arrays.stream(TestMailServer.greenMail().getReceivedMessages()).filter(m -> recipient(m).equals(to))
                .map(AccountFixtures::text).toList();
    }

    static String awaitMailTo(String to) {
        await().atMost(Duration.ofSeconds(15)).until(() -> !mailsTo(to).isEmpty());
        List<String> mails = mailsTo(to);
        return mails.get(mails.size() - 1);
    }

    /** The newest mail to {@code to} that contains {@code text}, once it arrived. */
    static String awaitMailTo(String to, String text) {
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(to).stream().anyMatch(m -> m.contains(text)));
        List<String> mails = mailsTo(to).stream().filter(m -> m.contains(text)).toList();
        return mails.get(mails.size() - 1);
    }

    static String invitationToken(String mail) {
        return token(INVITATION_LINK, mail);
    }

    static String resetToken(String mail) {
        return token(RESET_LINK, mail);
    }

    private static String token(Pattern link, String mail) {
        Matcher matcher = link.matcher(mail);
        assertThat(matcher.find()).as("a link in the mail:\n" + mail).isTrue();
        return matcher.group(1);
    }

    /** Accepts an invitation in a fresh browser as its recipient would; returns the answer to the form. */
    static HttpResponse<String> accept(int port, String token, String username, String password, boolean agreed) {
        WebSession browser = WebSession.on(port);
        HttpResponse<String> page = browser.get("/einladung/" + token);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        String version = versionOn(page.body());
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("username", username, "password", password,
                "passwordRepeat", password, "agreementVersion", version));
        if (agreed) {
            form.put("agreed", "true");
        }
        return browser.post("/einladung/" + token + "?lang=de", WebSession.csrfToken(page.body()), form);
    }

    static String versionOn(String html) {
        Matcher matcher = Pattern.compile("name=\"agreementVersion\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("the agreement version on the page").isTrue();
        return matcher.group(1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
