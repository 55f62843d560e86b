package de.sozialplattform.cms.review;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the review workflow.
 *
 * @param interval how long confirmed data stays current: a submission or confirmation sets {@code reviewBy} this far
 *        ahead, and content without {@code reviewBy} is due this long after {@code lastReviewed} (or its creation)
 * @param reminderInterval how often the reminder job looks for overdue locations
 * @param remindersEnabled whether this process sends reminders (several replicas may; each reminder goes out once)
 */
@ConfigurationProperties("sozial.review")
public record ReviewProperties(
        @DefaultValue("12m") Period interval,
        @DefaultValue("1h") Duration reminderInterval,
        @DefaultValue("true") boolean remindersEnabled) {
}
