package de.sozialplattform.cms.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether an account may still act: read per request, so disabling takes effect at once on every replica. */
@Component
class AccountStates {

    private final JdbcClient jdbc;

    AccountStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * False for a disabled account. An account without a row in {@code app_user} counts as active: users signed in
     * through an identity provider may have none, and whether they may act is their provider's decision.
     */
    boolean active(String username) {
        return jdbc.sql("SELECT enabled FROM app_user WHERE username = :name").param("name", username)
                .query(Boolean.class).optional().orElse(true);
    }
}
