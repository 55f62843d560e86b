package de.sozialplattform.cms.security;

import de.sozialplattform.cms.audit.ActorOrganisations;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which organisations (identifiers of {@code organisation} nodes in workspace {@code adviceCentres}) a centre
 * maintainer acts for, in the {@code user_organisation} table. Read on every request rather than cached in the
 * login, so revoking a membership takes effect at once on every replica.
 */
@Component
public class Memberships implements ActorOrganisations {

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> of(String username) {
        return new TreeSet<>(jdbc.sql("SELECT organisation_id FROM user_organisation WHERE username = :name")
                .param("name", username).query(String.class).list());
    }

    /** Binds the user to the organisation; binding twice changes nothing. */
    public void add(String username, String organisationId) {
        jdbc.sql("""
                INSERT INTO user_organisation (username, organisation_id)
                SELECT :name, :org FROM app_user WHERE username = :name AND NOT EXISTS
                  (SELECT 1 FROM user_organisation WHERE username = :name AND organisation_id = :org)""")
                .param("name", username).param("org", organisationId).update();
    }
}
