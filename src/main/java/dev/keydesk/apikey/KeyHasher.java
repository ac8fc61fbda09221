package dev.keydesk.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a key, in lower-case hex. Keys carry 238 random bits, so a fast unsalted hash is
 * enough to make the stored value useless to whoever reads the database, and it keeps the
 * lookup a single indexed equality.
 */
public final class KeyHasher {

    private KeyHasher() {
    }

    public static String sha256Hex(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
