package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.support.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Invitations in {@code account_invitation}, found by the hash of their token. */
@Component
class InvitationStore {

    private static final String COLUMNS = "id, organisation_id, email, language, invited_by, created_at, expires_at,"
            + " accepted_at, accepted_by, cancelled_at";

    private final JdbcClient jdbc;

    InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Invitation invitation, String tokenHash) {
        jdbc.sql("""
                INSERT INTO account_invitation (id, token_hash, organisation_id, email, language, invited_by,
                  created_at, expires_at) VALUES (:id, :hash, :org, :email, :language, :by, :created, :expires)""")
                .param("id", invitation.id()).param("hash", tokenHash).param("org", invitation.organisationId())
                .param("email", invitation.email()).param("language", invitation.language())
                .param("by", invitation.invitedBy()).param("created", SqlTime.of(invitation.createdAt()))
                .param("expires", SqlTime.of(invitation.expiresAt())).update();
    }

    Optional<Invitation> byTokenHash(String hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account_invitation WHERE token_hash = :hash")
                .param("hash", hash).query(InvitationStore::row).optional();
    }

    /** Open invitations of the organisation, newest first. */
    List<Invitation> openOf(String organisationId, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account_invitation WHERE organisation_id = :org"
                        + " AND accepted_at IS NULL AND cancelled_at IS NULL AND expires_at > :now ORDER BY created_at DESC")
                .param("org", organisationId).param("now", SqlTime.of(now)).query(InvitationStore::row).list();
    }

    /** Marks the invitation used, exactly once: false when it was accepted, cancelled or expired meanwhile. */
    boolean markAccepted(String id, String username, Instant now) {
        return jdbc.sql("""
                UPDATE account_invitation SET accepted_at = :now, accepted_by = :name
                WHERE id = :id AND accepted_at IS NULL AND cancelled_at IS NULL AND expires_at > :now""")
                .param("now", SqlTime.of(now)).param("name", username).param("id", id).update() == 1;
    }

    /** Cancels one open invitation of the organisation; false when there is none such. */
    boolean cancel(String organisationId, String id, Instant now) {
        return jdbc.sql("""
                UPDATE account_invitation SET cancelled_at = :now
                WHERE id = :id AND organisation_id = :org AND accepted_at IS NULL AND cancelled_at IS NULL""")
                .param("now", SqlTime.of(now)).param("id", id).param("org", organisationId).update() == 1;
    }

    /** Cancels every open invitation of the organisation; returns how many. */
    int cancelAll(String organisationId, Instant now) {
        return jdbc.sql("""
                UPDATE account_invitation SET cancelled_at = :now
                WHERE organisation_id = :org AND accepted_at IS NULL AND cancelled_at IS NULL""")
                .param("now", SqlTime.of(now)).param("org", organisationId).update();
    }

    private static Invitation row(ResultSet rs, int n) throws SQLException {
        return new Invitation(rs.getString("id"), rs.getString("organisation_id"), rs.getString("email"),
                rs.getString("language"), rs.getString("invited_by"), SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "expires_at"), SqlTime.read(rs, "accepted_at"), rs.getString("accepted_by"),
                SqlTime.read(rs, "cancelled_at"));
    }
}
