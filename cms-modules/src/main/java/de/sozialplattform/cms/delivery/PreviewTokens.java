package de.sozialplattform.cms.delivery;

import de.sozialplattform.cms.support.SqlTime;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short-lived preview tokens. Only a hash is stored, so a database dump does not hand out previews; tokens
 * live in the database, so every replica accepts them.
 */
@Component
public class PreviewTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DeliveryProperties properties;
    private final SecureRandom random = new SecureRandom();

    PreviewTokens(JdbcClient jdbc, Clock clock, DeliveryProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** A new token for {@code actor}; the token itself is shown once and never stored. */
    @Transactional
    public Issued issue(String actor) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = clock.instant().plus(properties.previewTtl());
        jdbc.sql("DELETE FROM preview_token WHERE expires_at < :now").param("now", SqlTime.of(clock.instant())).update();
        jdbc.sql("INSERT INTO preview_token (token_hash, created_by, expires_at) VALUES (:hash, :by, :expires)")
                .param("hash", hash(token)).param("by", actor).param("expires", SqlTime.of(expires)).update();
        return new Issued(token, expires);
    }

    public boolean valid(String token) {
        return jdbc.sql("SELECT COUNT(*) FROM preview_token WHERE token_hash = :hash AND expires_at > :now")
                .param("hash", hash(token)).param("now", SqlTime.of(clock.instant())).query(Long.class).single() > 0;
    }

    private static String hash(String token) {
        return HexFormat.of().formatHex(Sha256.of(token.getBytes(StandardCharsets.UTF_8)));
    }

    public record Issued(String token, Instant expiresAt) {
    }
}
