package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.audit.AuditLog;
import de.sozialplattform.cms.mail.MailProperties;
import de.sozialplattform.cms.mail.Mailer;
import de.sozialplattform.cms.support.SqlTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by mail for local accounts. A request never tells whether the account exists: the page answers
 * the same, and the mail (if any) leaves through the outbox, not in the request. Each link works once, for
 * {@code sozial.accounts.reset-validity}; setting a password voids every other open link of the account. An
 * account gets at most {@code reset-limit} mails per {@code reset-window}, counted in the database so every
 * replica sees the same count.
 */
@Service
@Transactional
class PasswordResets {

    private final JdbcClient jdbc;
    private final LocalAccounts accounts;
    private final PasswordRules passwords;
    private final Tokens tokens;
    private final Mailer mailer;
    private final MailProperties mail;
    private final AuditLog audit;
    private final AccountsProperties properties;
    private final Clock clock;

    PasswordResets(JdbcClient jdbc, LocalAccounts accounts, PasswordRules passwords, Tokens tokens, Mailer mailer,
            MailProperties mail, AuditLog audit, AccountsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.mailer = mailer;
        this.mail = mail;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Mails a reset link to the account {@code nameOrEmail} names, if there is one and it is under the limit. */
    void request(String nameOrEmail) {
        Optional<LocalAccounts.Account> account = accounts.forReset(nameOrEmail.strip());
        if (account.isEmpty()) {
            return;
        }
        String username = account.get().username();
        Instant now = clock.instant();
        long recent = jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE username = :name AND created_at > :since")
                .param("name", username).param("since", SqlTime.of(now.minus(properties.resetWindow())))
                .query(Long.class).single();
        if (recent >= properties.resetLimit()) {
            return;
        }
        String token = tokens.create();
        jdbc.sql("""
                INSERT INTO password_reset (token_hash, username, created_at, expires_at)
                VALUES (:hash, :name, :now, :expires)""")
                .param("hash", Tokens.hash(token)).param("name", username).param("now", SqlTime.of(now))
                .param("expires", SqlTime.of(now.plus(properties.resetValidity()))).update();
        String language = account.get().language().getLanguage();
        mailer.send(account.get().email(), account.get().language(), "passwordReset", username,
                mail.link(InvitationPaths.NEW_PASSWORD + "/" + token + "?lang=" + language),
                properties.resetValidity().toMinutes());
    }

    /** Whether a reset link can still be used (a disabled account's links cannot). */
    @Transactional(readOnly = true)
    LinkState state(String token) {
        if (!Tokens.wellFormed(token)) {
            return LinkState.UNKNOWN;
        }
        return jdbc.sql("""
                SELECT r.used_at, r.expires_at, u.enabled FROM password_reset r JOIN app_user u ON u.username = r.username
                WHERE r.token_hash = :hash""")
                .param("hash", Tokens.hash(token))
                .query((rs, n) -> rs.getObject("used_at") == null && rs.getBoolean("enabled")
                        && SqlTime.read(rs, "expires_at").isAfter(clock.instant()) ? LinkState.OPEN : LinkState.GONE)
                .optional().orElse(LinkState.UNKNOWN);
    }

    /**
     * Sets the new password of an open link. Returns the problems (nothing changes then); throws
     * {@link LinkGoneException} when the link was used or expired meanwhile.
     */
    FieldErrors reset(String token, String password, String passwordRepeat) {
        String hash = Tokens.hash(token);
        String username = jdbc.sql("SELECT username FROM password_reset WHERE token_hash = :hash").param("hash", hash)
                .query(String.class).optional().orElseThrow(LinkGoneException::new);
        FieldErrors errors = new FieldErrors();
        passwords.problem(username, password).ifPresent(key -> errors.reject("password", key));
        if (!errors.any() && !password.equals(passwordRepeat)) {
            errors.reject("passwordRepeat", PasswordRules.MISMATCH);
        }
        if (errors.any()) {
            return errors;
        }
        Instant now = clock.instant();
        int used = jdbc.sql("UPDATE password_reset SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL"
                        + " AND expires_at > :now")
                .param("now", SqlTime.of(now)).param("hash", hash).update();
        if (used != 1) {
            throw new LinkGoneException();
        }
        jdbc.sql("UPDATE password_reset SET used_at = :now WHERE username = :name AND used_at IS NULL")
                .param("now", SqlTime.of(now)).param("name", username).update();
        accounts.setPassword(username, password);
        audit.record(username, "reset-password", null, null, null, null);
        return errors;
    }

    enum LinkState { OPEN, GONE, UNKNOWN }

    /** The link was used or expired between showing the form and sending it. */
    static final class LinkGoneException extends RuntimeException {
        LinkGoneException() {
            super("reset link no longer valid");
        }
    }
}
