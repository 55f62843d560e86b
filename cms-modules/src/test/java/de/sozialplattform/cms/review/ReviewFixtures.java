package de.sozialplattform.cms.review;

import com.icegreen.greenmail.util.GreenMail;
import de.sozialplattform.cms.TestMailServer;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.NewNode;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.PublishRequest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/** Locations and organisations for review tests, made through the services, and the mails that arrived. */
final class ReviewFixtures {

    /** Seeded organisations of the demo maintainers beratung-a and beratung-b. */
    static final String ORGANISATION_A = "a0291b11-f037-549c-850c-f6e4d8b98232";
    static final String ORGANISATION_B = "839d95f2-5954-5788-b254-33bea366123e";
    static final String ACTOR = "review-fixtures";

    private final ContentService content;
    private final TransactionTemplate transactions;
    private final String folder;

    ReviewFixtures(ContentService content, TransactionTemplate transactions) {
        this.content = content;
        this.transactions = transactions;
        String name = "r-" + UUID.randomUUID().toString().substring(0, 8);
        this.folder = content.create(new NewNode(null, "adviceCentres", "/standorte", name, Node.FOLDER, Map.of()), ACTOR)
                .path();
    }

    /** The Land folder of this test's locations (maintainers create locations directly below such a folder). */
    String folder() {
        return folder;
    }

    /** A published location of {@code organisation} with a unique name; {@code extra} properties on top. */
    Node publishedLocation(String organisation, Map<String, Object> extra) {
        String name = "l-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> properties = new HashMap<>(Map.of("name", "Beratung " + name, "organisation", organisation,
                "types", List.of("suchtberatung"), "phone", "0761 100", "postalCode", "79098", "city", "Freiburg"));
        properties.putAll(extra);
        Node node = content.create(new NewNode(null, "adviceCentres", folder, name, "location", properties), ACTOR);
        return content.publish(node.workspace(), node.path(), node.lockVersion(), PublishRequest.now(), ACTOR);
    }

    /** A new organisation (Träger) with the given approval setting. */
    Node organisation(boolean approvalRequired) {
        String name = "o-" + UUID.randomUUID().toString().substring(0, 8);
        Node node = content.create(new NewNode(null, "adviceCentres", "/traeger", name, "organisation",
                Map.of("name", "Träger " + name, "approvalRequired", approvalRequired)), ACTOR);
        return content.publish(node.workspace(), node.path(), node.lockVersion(), PublishRequest.now(), ACTOR);
    }

    /** Mails that arrived for {@code to} whose subject contains {@code subject}. */
    static List<MimeMessage> mails(String to, String subject) {
        GreenMail smtp = TestMailServer.greenMail();
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equals(to) && mail.getSubject().contains(subject);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    TransactionTemplate transactions() {
        return transactions;
    }
}
