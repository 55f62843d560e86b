package de.sozialplattform.cms.review;

import de.sozialplattform.cms.audit.AuditLog;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks the maintainers of each overdue location once per due period to confirm or update it. Safe with several
 * replicas: each reminder is claimed by inserting its row ({@code review_reminder}, keyed by node and due date) in
 * the transaction that queues the mails, so exactly one replica's claim commits. Confirming or an approved
 * submission moves the due date, which starts a new period.
 */
@Component
class ReviewReminders {

    static final String ACTOR = "system:reminders";
    private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);

    private final OverdueContent overdue;
    private final ReviewStore store;
    private final ReviewNotices notices;
    private final AuditLog audit;
    private final ReviewProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReviewReminders(OverdueContent overdue, ReviewStore store, ReviewNotices notices, AuditLog audit,
            ReviewProperties properties, TransactionTemplate transactions, Clock clock) {
        this.overdue = overdue;
        this.store = store;
        this.notices = notices;
        this.audit = audit;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sozial.review.reminder-interval:1h}")
    void scheduled() {
        if (properties.remindersEnabled()) {
            remindDue();
        }
    }

    /** Sends the reminders that are due and not sent yet; answers how many locations were reminded. */
    int remindDue() {
        int reminded = 0;
        for (OverdueContent.Overdue location : overdue.locations()) {
            if (location.organisationId() == null || store.reminded(location.id(), location.dueDate())) {
                continue;
            }
            try {
                transactions.executeWithoutResult(status -> {
                    store.claimReminder(location.id(), location.dueDate(), clock.instant());
                    int recipients = notices.reminder(location.organisationId(), location.title(), location.dueDate());
                    audit.record(ACTOR, "review-reminder", location.workspace(), location.id().toString(),
                            location.path(), "due " + location.dueDate() + ", " + recipients + " maintainer(s) asked");
                });
                reminded++;
            } catch (DuplicateKeyException e) {
                // another replica claimed this reminder a moment ago
            } catch (RuntimeException e) {
                log.warn("Reminder for location {} failed: {}", location.id(), e.getMessage());
            }
        }
        return reminded;
    }
}
