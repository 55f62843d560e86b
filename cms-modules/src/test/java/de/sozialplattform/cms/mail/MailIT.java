package de.sozialplattform.cms.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Mails through the outbox to a real SMTP server: sent once the change commits, kept through an SMTP outage. */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailIT {

    @Autowired
    Mailer mailer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private final GreenMail smtp = TestMailServer.greenMail();

    @Test
    void aCommittedMailArrivesWithSenderSubjectUmlautsAndAStableMessageId() throws Exception {
        String to = unique("stelle");
        transactions.executeWithoutResult(tx ->
                mailer.queue("check", new Mail(to, "Prüfung Ihrer Daten", "Grüße aus der Redaktion\nZeile 2")));

        MimeMessage mail = awaitMailTo(to).get(0);
        assertThat(mail.getSubject()).isEqualTo("Prüfung Ihrer Daten");
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mail.getContent().toString()).contains("Grüße aus der Redaktion").contains("Zeile 2");
        assertThat(mail.getFrom()[0].toString()).contains("keine-antwort@sozialplattform.invalid");
        String eventId = jdbc.sql("SELECT event_id FROM outbox_event WHERE consumer = 'mail' AND payload LIKE :to")
                .param("to", "%" + to + "%").query(String.class).single();
        assertThat(mail.getMessageID()).isEqualTo("<" + eventId + "@sozialplattform>");
    }

    @Test
    void aMailOfARolledBackChangeIsNeverSent() {
        String rolledBack = unique("rolled-back");
        String later = unique("later");
        try {
            transactions.executeWithoutResult(tx -> {
                mailer.queue("check", new Mail(rolledBack, "nie", "nie"));
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // the change and its mail are gone together
        }
        transactions.executeWithoutResult(tx -> mailer.queue("check", new Mail(later, "später", "später")));

        awaitMailTo(later);
        assertThat(mailsTo(rolledBack)).isEmpty();
    }

    @Test
    void aMailWaitsOutAnSmtpOutageAndIsSentOnceAfterwards() {
        String to = unique("outage");
        smtp.stop();
        try {
            transactions.executeWithoutResult(tx -> mailer.queue("check", new Mail(to, "Nach dem Ausfall", "Text")));
            await().atMost(Duration.ofSeconds(15)).until(() -> attempts(to) >= 2);
            assertThat(status(to)).isEqualTo("PENDING");
        } finally {
            smtp.start();
        }
        awaitMailTo(to);
        await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(status(to)));
        assertThat(mailsTo(to)).hasSize(1);
    }

    @Test
    void anAddressThatCouldInjectHeadersIsRefusedBeforeAnythingIsQueued() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx ->
                mailer.send("a@example.org\nBcc: b@example.org", Locale.GERMAN, "check")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@beratung.example";
    }

    private List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(to);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private List<MimeMessage> awaitMailTo(String to) {
        await().atMost(Duration.ofSeconds(15)).until(() -> !mailsTo(to).isEmpty());
        return mailsTo(to);
    }

    private int attempts(String to) {
        return jdbc.sql("SELECT attempts FROM outbox_event WHERE consumer = 'mail' AND payload LIKE :to")
                .param("to", "%" + to + "%").query(Integer.class).single();
    }

    private String status(String to) {
        return jdbc.sql("SELECT status FROM outbox_event WHERE consumer = 'mail' AND payload LIKE :to")
                .param("to", "%" + to + "%").query(String.class).single();
    }
}
