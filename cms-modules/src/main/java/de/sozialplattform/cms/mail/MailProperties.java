package de.sozialplattform.cms.mail;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings beyond the SMTP connection ({@code spring.mail.host}, {@code port}, {@code username},
 * {@code password}, which Spring Boot binds).
 *
 * @param from sender of every mail
 * @param publicUrl the address people reach the platform at; links in mails start with it
 * @param dropDir where mails are written as {@code .eml} files when no SMTP server is configured; empty means
 *        {@code ${sozial.data-dir}/mail}
 */
@ConfigurationProperties("sozial.mail")
public record MailProperties(
        @DefaultValue("Sozialplattform <keine-antwort@sozialplattform.invalid>") String from,
        @DefaultValue("http://localhost:8080") String publicUrl,
        Path dropDir) {

    /** {@code path} (starting with a slash) as an absolute link for a mail. */
    public String link(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }
}
