package de.sozialplattform.cms.review;

import static de.sozialplattform.cms.review.ReviewFixtures.ORGANISATION_A;
import static de.sozialplattform.cms.review.ReviewFixtures.body;
import static de.sozialplattform.cms.review.ReviewFixtures.mails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import de.sozialplattform.cms.TestMailServer;
import de.sozialplattform.cms.content.Node;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The review workflow on the embedded H2 database, and a notice through an SMTP outage (once is enough). */
class ReviewWorkflowH2IT extends ReviewWorkflowContract {

    @Test
    void aRejectionNoticeWaitsOutAnSmtpOutage() {
        Node location = fixtures.publishedLocation(ORGANISATION_A, Map.of());
        String subject = "Nicht freigegeben: " + location.properties().get("name");
        String etag = change(maintainerA, location, "{\"phone\":\"0761 404\"}");
        long id = maintainerA.post(submit(location), etag, "").json().get("id").asLong();
        awaitMailsSent();
        GreenMail smtp = TestMailServer.greenMail();
        smtp.stop();
        try {
            assertThat(reviewer.post(REVIEW + "/requests/" + id + "/reject", null, "{\"note\":\"Bitte Vorwahl angeben\"}")
                    .status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("SELECT attempts FROM outbox_event"
                    + " WHERE consumer = 'mail' AND status = 'PENDING' AND payload LIKE :subject")
                    .param("subject", "%" + subject + "%").query(Integer.class).optional().orElse(0) >= 1);
        } finally {
            smtp.start();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !mails(MAINTAINER_A_MAIL, subject).isEmpty());
        assertThat(body(mails(MAINTAINER_A_MAIL, subject).get(0))).contains("Bitte Vorwahl angeben");
    }
}
