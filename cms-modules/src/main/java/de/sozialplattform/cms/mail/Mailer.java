package de.sozialplattform.cms.mail;

import de.sozialplattform.cms.outbox.Outbox;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Sends mails through the outbox: they leave only if, and once, the caller's transaction commits. */
@Component
public class Mailer {

    static final String TOPIC = "mail";

    private final Outbox outbox;
    private final MessageSource messages;
    private final JsonMapper json;

    Mailer(Outbox outbox, MessageSource messages, JsonMapper json) {
        this.outbox = outbox;
        this.messages = messages;
        this.json = json;
    }

    /**
     * Queues the mail {@code kind} for {@code to} in {@code language}: subject and body are the messages
     * {@code mail.<kind>.subject} and {@code mail.<kind>.body}, both formatted with {@code arguments}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(String to, Locale language, String kind, Object... arguments) {
        if (to == null || to.isBlank() || to.contains("\n") || to.contains("\r")) {
            throw new IllegalArgumentException("not a mail address: " + to);
        }
        String subject = messages.getMessage("mail." + kind + ".subject", arguments, language);
        String body = messages.getMessage("mail." + kind + ".body", arguments, language);
        queue(kind, new Mail(to.trim(), subject.replaceAll("[\\r\\n]+", " "), body));
    }

    /** Outbox.append insists on the caller's transaction. */
    void queue(String kind, Mail mail) {
        // The key is the mail's kind, not the address: outbox listings show what was sent, not to whom.
        outbox.append(TOPIC, kind, json.writeValueAsString(mail));
    }
}
