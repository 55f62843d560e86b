package de.sozialplattform.cms.accounts;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The maintainers bound to an organisation ({@code user_organisation}), and taking one away: an account left
 * without any organisation is disabled, because a maintainer without an organisation has nothing to do, and a
 * dormant enabled account is only a risk. {@code security.Memberships} adds bindings; this removes them.
 */
@Component
class Members {

    private final JdbcClient jdbc;
    private final LocalAccounts accounts;

    Members(JdbcClient jdbc, LocalAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    List<Member> of(String organisationId) {
        return jdbc.sql("""
                SELECT u.username, u.email, u.enabled FROM user_organisation m JOIN app_user u ON u.username = m.username
                WHERE m.organisation_id = :org ORDER BY u.username""")
                .param("org", organisationId)
                .query((rs, n) -> new Member(rs.getString("username"), rs.getString("email"), rs.getBoolean("enabled")))
                .list();
    }

    /**
     * Unbinds {@code username} from the organisation; returns what happened ({@link Removal#NONE} when they were not
     * bound, so removing twice changes nothing).
     */
    Removal remove(String username, String organisationId) {
        int removed = jdbc.sql("DELETE FROM user_organisation WHERE username = :name AND organisation_id = :org")
                .param("name", username).param("org", organisationId).update();
        if (removed == 0) {
            return Removal.NONE;
        }
        long others = jdbc.sql("SELECT COUNT(*) FROM user_organisation WHERE username = :name")
                .param("name", username).query(Long.class).single();
        if (others > 0 || isStaff(username)) {
            return Removal.UNBOUND;
        }
        accounts.setEnabled(username, false);
        return Removal.DISABLED;
    }

    /** Staff keep their accounts: their role, not an organisation, is why they have one. */
    private boolean isStaff(String username) {
        String roles = jdbc.sql("SELECT roles FROM app_user WHERE username = :name").param("name", username)
                .query(String.class).optional().orElse("");
        for (String role : roles.split(",")) {
            if (!role.isBlank() && !role.trim().equals(de.sozialplattform.cms.security.Roles.CENTRE_MAINTAINER)) {
                return true;
            }
        }
        return false;
    }

    /** A maintainer as the colleagues page lists them. */
    record Member(String username, String email, boolean enabled) {
    }

    enum Removal { NONE, UNBOUND, DISABLED }
}
