package de.sozialplattform.cms.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.outbox.OutboxMessage;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.json.JsonMapper;

/** Without an SMTP server (a local run) mails become .eml files a developer can open; a redelivery overwrites. */
class MailDropTest {

    @TempDir
    Path dir;

    @Test
    void aMailIsWrittenAsAnEmlFileThatMailProgramsRead() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        MailConsumer consumer = new MailConsumer(new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new MailProperties("Sozialplattform <keine-antwort@sozialplattform.invalid>", "http://localhost:8080",
                        dir), json, new MockEnvironment());
        String payload = json.writeValueAsString(new Mail("stelle@beratung.example", "Einladung – Sozialplattform",
                "Willkommen!\nIhr Link: http://localhost:8080/x"));
        OutboxMessage message = new OutboxMessage(1, "4f1c0e9e-0000-4000-8000-000000000001", Mailer.TOPIC, "invite",
                payload, 1, Instant.now());

        consumer.handle(message);
        consumer.handle(new OutboxMessage(1, message.eventId(), message.topic(), message.key(), payload, 2, message.createdAt()));

        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("4f1c0e9e-0000-4000-8000-000000000001.eml");
        try (InputStream in = Files.newInputStream(files.get(0))) {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(mail.getSubject()).isEqualTo("Einladung – Sozialplattform");
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("stelle@beratung.example");
            assertThat(mail.getContent().toString()).contains("Ihr Link: http://localhost:8080/x");
            assertThat(mail.getMessageID()).isEqualTo("<4f1c0e9e-0000-4000-8000-000000000001@sozialplattform>");
        }
    }
}
