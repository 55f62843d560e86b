package de.sozialplattform.cms.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public feedback form: a person reports now and then; a script does not get to flood the queue.
 *
 * @param perClient reports one client address may send per {@code window}
 * @param total reports all clients together may send per {@code window}
 */
@ConfigurationProperties("sozial.feedback")
public record FeedbackProperties(
        @DefaultValue("5") int perClient,
        @DefaultValue("500") int total,
        @DefaultValue("1h") Duration window) {
}
