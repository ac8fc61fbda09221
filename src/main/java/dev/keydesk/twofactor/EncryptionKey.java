package dev.keydesk.twofactor;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * An AES-256 key for secrets at rest, with a short id (the first 8 hex digits of its SHA-256) stored beside
 * each ciphertext, so a rotation knows which rows still need the previous key. Never printed.
 */
final class EncryptionKey {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final String id;

    private EncryptionKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
        this.id = HexFormat.of().formatHex(sha256(bytes), 0, 4);
    }

    /**
     * @param setting the name the value came from, for the error message (which never contains the value)
     */
    static EncryptionKey parse(String base64, String setting) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(setting + " is not base64. Create one with: openssl rand -base64 32");
        }
        if (bytes.length != BYTES) {
            throw new IllegalStateException(setting + " must be " + BYTES + " bytes in base64 (it has " + bytes.length
                    + "). Create one with: openssl rand -base64 32");
        }
        EncryptionKey key = new EncryptionKey(bytes);
        Arrays.fill(bytes, (byte) 0);
        return key;
    }

    static String generateBase64() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    SecretKey secretKey() {
        return key;
    }

    String id() {
        return id;
    }

    @Override
    public String toString() {
        return "EncryptionKey[" + id + "]";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }
}
