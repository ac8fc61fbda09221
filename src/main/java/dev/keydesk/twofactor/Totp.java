package dev.keydesk.twofactor;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP) with the parameters every authenticator
 * app understands: HMAC-SHA-1, 30-second steps from the Unix epoch, 6 digits. Written here rather than
 * taken from a library because the check must say which time step matched (a used step is refused
 * afterwards) and the whole algorithm is these few lines, tested against the RFC's vectors.
 */
final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    /** Steps accepted either side of now, for phones whose clocks are a little off. */
    static final int DRIFT_STEPS = 1;
    static final int SECRET_BYTES = 20;

    private Totp() {
    }

    static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one time step (HOTP with the step as counter), left-padded with zeros. */
    static String code(byte[] secret, long step, int digits) {
        byte[] hash = hmacSha1(secret, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        long modulus = (long) Math.pow(10, digits);
        String code = Long.toString(binary % modulus);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The time step within the drift window whose code is {@code code} and that comes after
     * {@code lastUsedStep}, if any. Every candidate is compared in constant time.
     */
    static OptionalLong matchingStep(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        long found = Long.MIN_VALUE;
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            byte[] expected = code(secret, step, DIGITS).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given) && step > lastUsedStep && found == Long.MIN_VALUE) {
                found = step;
            }
        }
        return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** What a person types: spaces and a middle hyphen some apps show are ignored. */
    static String normalize(String typed) {
        return typed.replaceAll("[\\s\\-]", "");
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no HmacSHA1", e);
        }
    }
}
