package de.sozialplattform.cms.review;

import de.sozialplattform.cms.mail.MailProperties;
import de.sozialplattform.cms.mail.Mailer;
import de.sozialplattform.cms.security.Roles;
import de.sozialplattform.cms.security.UserDirectory;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The workflow's e-mails, each in its recipient's language with a link into the editorial web. They are queued
 * in the transaction of the change they tell of (see {@link Mailer}), so they leave exactly when it commits and
 * survive an SMTP outage.
 */
@Component
class ReviewNotices {

    private final Mailer mailer;
    private final UserDirectory users;
    private final MailProperties mail;
    private final MessageSource messages;

    ReviewNotices(Mailer mailer, UserDirectory users, MailProperties mail, MessageSource messages) {
        this.mailer = mailer;
        this.users = users;
        this.mail = mail;
        this.messages = messages;
    }

    /** To every reviewer but the submitter: a request waits in the queue. */
    void submitted(ReviewRequest request, String locationName, String organisationName) {
        String link = mail.link(ReviewPaths.request(request.id()));
        users.withRole(Roles.REVIEWER).stream()
                .filter(reviewer -> !reviewer.username().equals(request.submittedBy()))
                .forEach(reviewer -> mailer.send(reviewer.email(), reviewer.language(), "reviewSubmitted", locationName,
                        organisationName, request.submittedBy(),
                        messages.getMessage("review.kind." + request.kind().label(), null, reviewer.language()), link));
    }

    /** To the submitter: the request was approved and is public (or, for a closing, no longer public). */
    void approved(ReviewRequest request, String locationName) {
        users.contact(request.submittedBy()).ifPresent(submitter -> mailer.send(submitter.email(), submitter.language(),
                "reviewApproved", locationName, mail.link(ReviewPaths.request(request.id()))));
    }

    /** To the submitter, with the reviewer's note. */
    void rejected(ReviewRequest request, String locationName, String note) {
        users.contact(request.submittedBy()).ifPresent(submitter -> mailer.send(submitter.email(), submitter.language(),
                "reviewRejected", locationName, note, mail.link(ReviewPaths.request(request.id()))));
    }

    /** To the organisation's maintainers: the location's data is due to be confirmed or updated. */
    int reminder(String organisationId, String locationName, LocalDate due) {
        var maintainers = users.maintainersOf(organisationId);
        maintainers.forEach(maintainer -> mailer.send(maintainer.email(), maintainer.language(), "reviewReminder",
                locationName, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(maintainer.language())
                        .format(due), mail.link(ReviewPaths.OVERDUE)));
        return maintainers.size();
    }
}
