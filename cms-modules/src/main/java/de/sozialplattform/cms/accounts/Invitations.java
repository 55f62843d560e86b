package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.audit.AuditLog;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.mail.MailProperties;
import de.sozialplattform.cms.mail.Mailer;
import de.sozialplattform.cms.problem.NotFoundException;
import de.sozialplattform.cms.security.Memberships;
import de.sozialplattform.cms.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding of advice-centre staff: an invitation by mail, and its acceptance, which creates the account only
 * together with the confirmation of the AV-Vertrag. The account, its membership, the confirmation, the used-up
 * invitation and the audit entry commit together or not at all.
 */
@Service
@Transactional
class Invitations {

    /** Plain names: they appear in audit entries, URLs and mails. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** Deliberately loose: the mail itself is the real check; this only catches typos and header injection. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    /** Dates in mails are for people in Germany. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final InvitationStore store;
    private final Organisations organisations;
    private final Agreements agreements;
    private final LocalAccounts accounts;
    private final Memberships memberships;
    private final PasswordRules passwords;
    private final Tokens tokens;
    private final Mailer mailer;
    private final MailProperties mail;
    private final AuditLog audit;
    private final AccountsProperties properties;
    private final Clock clock;

    Invitations(InvitationStore store, Organisations organisations, Agreements agreements, LocalAccounts accounts,
            Memberships memberships, PasswordRules passwords, Tokens tokens, Mailer mailer, MailProperties mail,
            AuditLog audit, AccountsProperties properties, Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.agreements = agreements;
        this.accounts = accounts;
        this.memberships = memberships;
        this.passwords = passwords;
        this.tokens = tokens;
        this.mailer = mailer;
        this.mail = mail;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    static boolean validEmail(String email) {
        return email != null && email.length() <= 320 && EMAIL.matcher(email).matches();
    }

    /**
     * Invites {@code email} to maintain the organisation and mails the link. The caller must be allowed to manage
     * the organisation's accounts ({@link Organisations#requireManageable}); the address must be valid.
     */
    Invitation invite(Caller caller, String organisationId, String email, String language) {
        Node organisation = organisations.requireManageable(caller, organisationId);
        Instant now = clock.instant();
        Invitation invitation = new Invitation(UUID.randomUUID().toString(), organisationId, email.strip(), language,
                caller.username(), now, now.plus(properties.invitationValidity()), null, null, null);
        String token = tokens.create();
        store.insert(invitation, Tokens.hash(token));
        Locale locale = Locale.forLanguageTag(language);
        mailer.send(invitation.email(), locale, "invitation", Organisations.name(organisation),
                mail.link(InvitationPaths.page(token) + "?lang=" + language), expiry(invitation.expiresAt(), locale),
                caller.username());
        audit.record(caller.username(), "invite", Organisations.WORKSPACE, organisationId, organisation.path(),
                "invitation " + invitation.id());
        return invitation;
    }

    /** The invitation of a link, open or not; empty for a token we never issued. */
    @Transactional(readOnly = true)
    Optional<Invitation> find(String token) {
        return Tokens.wellFormed(token) ? store.byTokenHash(Tokens.hash(token)) : Optional.empty();
    }

    /** Whether the link still works: unused, not withdrawn, not expired, and its organisation still exists. */
    boolean isOpen(Invitation invitation) {
        return invitation.open(clock.instant()) && organisations.find(invitation.organisationId()).isPresent();
    }

    /**
     * Creates the account of an open invitation. Returns the problems with the form (nothing is stored then), or
     * none when the account was created; throws {@link InvitationGoneException} when the invitation was used,
     * cancelled or expired meanwhile.
     */
    FieldErrors accept(Invitation invitation, AcceptForm form) {
        FieldErrors errors = check(form);
        if (errors.any()) {
            return errors;
        }
        if (!store.markAccepted(invitation.id(), form.username(), clock.instant())) {
            throw new InvitationGoneException();
        }
        try {
            accounts.create(form.username(), form.password(), invitation.email(), invitation.language(),
                    Roles.CENTRE_MAINTAINER);
        } catch (DuplicateKeyException e) {
            // taken between the check and the insert: the whole transaction, with the used-up invitation, rolls back
            throw new UsernameTakenException();
        }
        memberships.add(form.username(), invitation.organisationId());
        agreements.confirm(form.username(), form.agreementVersion(), Set.of(invitation.organisationId()));
        audit.record(form.username(), "accept-invitation", Organisations.WORKSPACE, invitation.organisationId(),
                null, "invitation " + invitation.id() + ", " + Agreements.AV_VERTRAG + " " + form.agreementVersion());
        return errors;
    }

    private FieldErrors check(AcceptForm form) {
        FieldErrors errors = new FieldErrors();
        if (!USERNAME.matcher(form.username()).matches()) {
            errors.reject("username", "accounts.username.invalid");
        } else if (accounts.exists(form.username())) {
            errors.reject("username", "accounts.username.taken");
        }
        passwords.problem(form.username(), form.password()).ifPresent(key -> errors.reject("password", key));
        if (!errors.ordered().containsKey("password") && !form.password().equals(form.passwordRepeat())) {
            errors.reject("passwordRepeat", PasswordRules.MISMATCH);
        }
        if (!agreements.current().version().equals(form.agreementVersion())) {
            errors.reject("agreed", "accounts.agreement.changed");
        } else if (!form.agreed()) {
            errors.reject("agreed", "accounts.agreement.required");
        }
        return errors;
    }

    /** Cancels an open invitation of an organisation the caller manages. */
    void cancel(Caller caller, String organisationId, String invitationId) {
        Node organisation = organisations.requireManageable(caller, organisationId);
        if (!store.cancel(organisationId, invitationId, clock.instant())) {
            throw new NotFoundException("open invitation " + invitationId);
        }
        audit.record(caller.username(), "cancel-invitation", Organisations.WORKSPACE, organisationId,
                organisation.path(), "invitation " + invitationId);
    }

    private static String expiry(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZONE).format(at);
    }

    /** The invitation was accepted, cancelled or expired between showing the form and sending it. */
    static final class InvitationGoneException extends RuntimeException {
        InvitationGoneException() {
            super("invitation no longer open");
        }
    }

    /** The chosen user name was taken by someone else at the last moment. */
    static final class UsernameTakenException extends RuntimeException {
        UsernameTakenException() {
            super("user name taken");
        }
    }
}
