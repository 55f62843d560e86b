package de.sozialplattform.cms.accounts;

import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The local accounts ({@code app_user}) as this package changes them: created from an invitation, new passwords,
 * disabled on off-boarding. Sign-in reads the same table through {@code security.UserStore}.
 */
@Component
class LocalAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    LocalAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = LOWER(:name)").param("name", username)
                .query(Long.class).single() > 0;
    }

    /** A new enabled account; fails with a {@code DuplicateKeyException} when the name was taken meanwhile. */
    void create(String username, String rawPassword, String email, String language, String role) {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, roles, enabled, email, language)
                VALUES (:name, :hash, :roles, TRUE, :email, :language)""")
                .param("name", username).param("hash", encoder.encode(rawPassword)).param("roles", role)
                .param("email", email).param("language", language).update();
    }

    void setPassword(String username, String rawPassword) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE username = :name")
                .param("hash", encoder.encode(rawPassword)).param("name", username).update();
    }

    void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE username = :name")
                .param("enabled", enabled).param("name", username).update();
    }

    /**
     * The enabled account a reset request names, by user name or by mail address (case-insensitive); only accounts
     * with an address can be reset. Several accounts may share an address: then none is chosen by the address,
     * because a reset link must name exactly one account.
     */
    Optional<Account> forReset(String nameOrEmail) {
        var byName = jdbc.sql("SELECT username, email, language FROM app_user WHERE username = :v AND enabled = TRUE"
                        + " AND email IS NOT NULL").param("v", nameOrEmail).query(LocalAccounts::account).optional();
        if (byName.isPresent()) {
            return byName;
        }
        var byEmail = jdbc.sql("SELECT username, email, language FROM app_user WHERE LOWER(email) = LOWER(:v)"
                + " AND enabled = TRUE").param("v", nameOrEmail).query(LocalAccounts::account).list();
        return byEmail.size() == 1 ? Optional.of(byEmail.get(0)) : Optional.empty();
    }

    private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String language = rs.getString("language");
        return new Account(rs.getString("username"), rs.getString("email"),
                Locale.forLanguageTag(language == null ? "de" : language));
    }

    /** An account as mail reaches it. */
    record Account(String username, String email, Locale language) {
    }
}
