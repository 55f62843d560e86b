package de.sozialplattform.cms.signin;

import de.sozialplattform.cms.support.SqlTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address in the database ({@code sign_in_throttle}), so all
 * replicas see the same counts, and refuses attempts of a blocked name or address. Every statement is atomic on
 * its own; two replicas counting the same key at once both count.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ThrottleProperties properties;

    SignInThrottle(JdbcClient jdbc, Clock clock, ThrottleProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Throws when the user name or the address is blocked; {@code address} may be null (not known). */
    void checkAllowed(String username, String address) {
        List<String> keys = new ArrayList<>(List.of(userKey(username)));
        if (address != null) {
            keys.add(addressKey(address));
        }
        Instant now = clock.instant();
        jdbc.sql("""
                SELECT blocked_until FROM sign_in_throttle WHERE throttle_key IN (:keys) AND blocked_until > :now
                ORDER BY blocked_until DESC LIMIT 1""")
                .param("keys", keys).param("now", SqlTime.of(now))
                .query((rs, n) -> SqlTime.read(rs, "blocked_until"))
                .optional()
                .ifPresent(until -> {
                    long seconds = Math.max(1, Duration.between(now, until).toSeconds());
                    throw new SignInThrottledException(Duration.ofSeconds(seconds));
                });
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        count(userKey(username), properties.maxFailuresPerUser(), now);
        if (address != null) {
            count(addressKey(address), properties.maxFailuresPerAddress(), now);
        }
        // Forget what no longer counts, so the table holds only recent trouble.
        jdbc.sql("DELETE FROM sign_in_throttle WHERE window_start < :old AND (blocked_until IS NULL OR blocked_until < :now)")
                .param("old", SqlTime.of(now.minus(properties.window()))).param("now", SqlTime.of(now)).update();
    }

    /** A correct password clears the user name's count; the address keeps its count (one valid account must not
     * reset the count of an address that tries many names). */
    void succeeded(String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = :key AND (blocked_until IS NULL OR blocked_until <= :now)")
                .param("key", userKey(username)).param("now", SqlTime.of(clock.instant())).update();
    }

    private void count(String key, int maxFailures, Instant now) {
        if (increment(key, now) == 0) {
            try {
                jdbc.sql("INSERT INTO sign_in_throttle (throttle_key, failures, window_start) VALUES (:key, 1, :now)")
                        .param("key", key).param("now", SqlTime.of(now)).update();
            } catch (DuplicateKeyException e) {
                increment(key, now); // another replica inserted it first
            }
        }
        jdbc.sql("""
                UPDATE sign_in_throttle SET blocked_until = :until, failures = 0, window_start = :now
                WHERE throttle_key = :key AND failures >= :max""")
                .param("until", SqlTime.of(now.plus(properties.coolDown()))).param("now", SqlTime.of(now))
                .param("key", key).param("max", maxFailures).update();
    }

    /** Counts one failure; a window that has passed starts again at one. */
    private int increment(String key, Instant now) {
        return jdbc.sql("""
                UPDATE sign_in_throttle SET
                  failures = CASE WHEN window_start > :windowOpen THEN failures + 1 ELSE 1 END,
                  window_start = CASE WHEN window_start > :windowOpen THEN window_start ELSE :now END
                WHERE throttle_key = :key""")
                .param("windowOpen", SqlTime.of(now.minus(properties.window()))).param("now", SqlTime.of(now))
                .param("key", key).update();
    }

    private static String userKey(String username) {
        return hash("user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT)));
    }

    private static String addressKey(String address) {
        return hash("address:" + address);
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
