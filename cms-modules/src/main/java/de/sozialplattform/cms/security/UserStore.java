package de.sozialplattform.cms.security;

import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Local accounts in the {@code app_user} table. Deliberately not a {@code UserDetailsService} bean: Spring Security
 * would build a second, unthrottled password sign-in from it; the security configuration hands it to the throttled
 * one instead.
 */
@Component
class UserStore {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    UserStore(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** The account with its roles as {@code ROLE_} authorities; {@link UsernameNotFoundException} if there is none. */
    UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, roles, enabled FROM app_user WHERE username = :name")
                .param("name", username)
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(Arrays.stream(rs.getString("roles").split(",")).map(String::trim).toArray(String[]::new))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** Creates the account or resets its password and roles. */
    void save(String username, String rawPassword, String... roles) {
        String hash = encoder.encode(rawPassword);
        int updated = jdbc.sql("UPDATE app_user SET password_hash = :hash, roles = :roles, enabled = TRUE WHERE username = :name")
                .param("hash", hash).param("roles", String.join(",", roles)).param("name", username).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO app_user (username, password_hash, roles, enabled) VALUES (:name, :hash, :roles, TRUE)")
                    .param("name", username).param("hash", hash).param("roles", String.join(",", roles)).update();
        }
    }

    /** Whether the account exists and is enabled. */
    boolean isActive(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :name AND enabled = TRUE")
                .param("name", username).query(Long.class).single() > 0;
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :name").param("name", username)
                .query(Long.class).single() > 0;
    }

    void disable(String username) {
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = :name").param("name", username).update();
    }
}
