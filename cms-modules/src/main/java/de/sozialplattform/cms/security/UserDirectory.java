package de.sozialplattform.cms.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who the users are and how to reach them: for features that notify people (reviews, reminders, accounts). */
@Component
public class UserDirectory {

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An enabled user's mail address and language, if the user has an address. */
    public Optional<Contact> contact(String username) {
        return jdbc.sql("SELECT username, email, language FROM app_user WHERE username = :name AND enabled = TRUE"
                        + " AND email IS NOT NULL")
                .param("name", username)
                .query((rs, n) -> new Contact(rs.getString("username"), rs.getString("email"),
                        Locale.forLanguageTag(rs.getString("language") == null ? "de" : rs.getString("language"))))
                .optional();
    }

    /** Enabled users with {@code role} (a {@link Roles} name) who have a mail address. */
    public List<Contact> withRole(String role) {
        return jdbc.sql("SELECT username, roles FROM app_user WHERE enabled = TRUE AND email IS NOT NULL ORDER BY username")
                .query((rs, n) -> hasRole(rs.getString("roles"), role) ? rs.getString("username") : null)
                .list().stream().filter(name -> name != null).map(this::contact).flatMap(Optional::stream).toList();
    }

    /** Enabled maintainers of the organisation who have a mail address. */
    public List<Contact> maintainersOf(String organisationId) {
        return jdbc.sql("SELECT username FROM user_organisation WHERE organisation_id = :org ORDER BY username")
                .param("org", organisationId).query(String.class).list()
                .stream().map(this::contact).flatMap(Optional::stream).toList();
    }

    /** Sets where a user is reached; {@code language} is a content language code. */
    public void setContact(String username, String email, String language) {
        jdbc.sql("UPDATE app_user SET email = :email, language = :language WHERE username = :name")
                .param("email", email).param("language", language).param("name", username).update();
    }

    private static boolean hasRole(String roles, String role) {
        for (String candidate : roles.split(",")) {
            if (candidate.trim().equals(role)) {
                return true;
            }
        }
        return false;
    }

    /** A user as mail sees them. */
    public record Contact(String username, String email, Locale language) {
    }
}
