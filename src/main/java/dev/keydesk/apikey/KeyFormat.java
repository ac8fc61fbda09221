package dev.keydesk.apikey;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.jspecify.annotations.Nullable;

/**
 * The scannable key format: {@code kd_} + 40 random base62 characters + a 6-character base62
 * CRC32 checksum of those 40 characters. The checksum lets every check reject garbage without
 * touching the database, and lets secret scanners tell real keys from look-alikes.
 */
public final class KeyFormat {

    public static final String PREFIX = "kd_";
    public static final int RANDOM_LENGTH = 40;
    public static final int CHECKSUM_LENGTH = 6;
    public static final int LENGTH = PREFIX.length() + RANDOM_LENGTH + CHECKSUM_LENGTH;
    /** What secret scanners search for. */
    public static final Pattern PATTERN = Pattern.compile("\\bkd_[0-9A-Za-z]{46}\\b");

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final SecureRandom random;

    public KeyFormat(SecureRandom random) {
        this.random = random;
    }

    /** A new key, about 238 bits of randomness. */
    public String generate() {
        char[] body = new char[RANDOM_LENGTH];
        for (int i = 0; i < body.length; i++) {
            body[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        String randomPart = new String(body);
        return PREFIX + randomPart + checksum(randomPart);
    }

    /** True for a string of the key format with a matching checksum. */
    public static boolean isWellFormed(@Nullable String candidate) {
        if (candidate == null || candidate.length() != LENGTH || !candidate.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return false;
            }
        }
        String randomPart = candidate.substring(PREFIX.length(), PREFIX.length() + RANDOM_LENGTH);
        return candidate.endsWith(checksum(randomPart));
    }

    /** The masked form shown in lists: prefix, an ellipsis (U+2026), the last four characters. */
    public static String hint(String key) {
        return PREFIX + "\u2026" + key.substring(key.length() - 4);
    }

    static String checksum(String randomPart) {
        CRC32 crc = new CRC32();
        crc.update(randomPart.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] digits = new char[CHECKSUM_LENGTH];
        for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (value % ALPHABET.length()));
            value /= ALPHABET.length();
        }
        return new String(digits);
    }
}
