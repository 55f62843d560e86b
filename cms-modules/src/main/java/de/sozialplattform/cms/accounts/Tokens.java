package de.sozialplattform.cms.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Random tokens for links in mails. Only {@link #hash} of a token is stored: the token itself exists only in the
 * mail, so reading the database does not give anyone a usable link. 256 random bits make guessing hopeless, hence a
 * plain SHA-256 suffices (no slow hash needed as for passwords).
 */
@Component
class Tokens {

    private final SecureRandom random = new SecureRandom();

    String create() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code token} could be one of ours; anything else is answered as unknown without a query. */
    static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
