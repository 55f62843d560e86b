package de.sozialplattform.cms.delivery;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, for ETags and for storing preview tokens only as hashes. */
final class Sha256 {

    private Sha256() {
    }

    static byte[] of(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
