package de.sozialplattform.cms.mail;

import de.sozialplattform.cms.outbox.OutboxConsumer;
import de.sozialplattform.cms.outbox.OutboxMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands queued mails to the SMTP server; any failure leaves the mail in the outbox for a later attempt. SMTP
 * cannot refuse a duplicate, so a mail that is sent again after a crash keeps its Message-ID (made from the outbox
 * event), which lets mail clients fold the copies. Without an SMTP server (local runs) mails become files.
 */
@Component
class MailConsumer implements OutboxConsumer {

    private static final Logger log = LoggerFactory.getLogger(MailConsumer.class);

    private final ObjectProvider<JavaMailSender> smtp;
    private final MailProperties properties;
    private final JsonMapper json;
    private final Path dropDir;

    MailConsumer(ObjectProvider<JavaMailSender> smtp, MailProperties properties, JsonMapper json, Environment environment) {
        this.smtp = smtp;
        this.properties = properties;
        this.json = json;
        this.dropDir = properties.dropDir() != null ? properties.dropDir()
                : Path.of(environment.getProperty("sozial.data-dir", "./data"), "mail");
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Mailer.TOPIC);
    }

    @Override
    public void handle(OutboxMessage message) throws MessagingException, IOException {
        Mail mail = json.readValue(message.payload(), Mail.class);
        JavaMailSender sender = smtp.getIfAvailable();
        Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
        MimeMessage mime = mime(session, mail, message.eventId());
        if (sender != null) {
            sender.send(mime);
        } else {
            drop(mime, message.eventId());
        }
    }

    private MimeMessage mime(Session session, Mail mail, String eventId) throws MessagingException {
        String messageId = "<" + eventId + "@sozialplattform>";
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(new InternetAddress(properties.from()));
        mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        mime.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        mime.setText(mail.body(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        return mime;
    }

    /** Writes the mail where a developer can open it; the file appears complete or not at all. */
    private void drop(MimeMessage mime, String eventId) throws IOException, MessagingException {
        Files.createDirectories(dropDir);
        Path target = dropDir.resolve(eventId + ".eml");
        Path partial = dropDir.resolve(eventId + ".eml.part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            mime.writeTo(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log.info("No SMTP server configured (spring.mail.host): mail written to {}", target.toAbsolutePath());
    }
}
