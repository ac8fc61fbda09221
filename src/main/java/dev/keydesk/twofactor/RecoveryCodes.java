package dev.keydesk.twofactor;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fresh set of one-time recovery codes, to be shown once: {@value #COUNT} codes like {@code 7kq2m-x9p4a}
 * (lowercase letters and digits, about 52 bits each). Only their hashes are stored.
 */
public record RecoveryCodes(List<String> codes) {

    public static final int COUNT = 10;
    static final Pattern FORMAT = Pattern.compile("[a-z0-9]{5}-[a-z0-9]{5}");
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public RecoveryCodes {
        codes = List.copyOf(codes);
        if (codes.size() != COUNT || !codes.stream().allMatch(code -> FORMAT.matcher(code).matches())) {
            throw new IllegalArgumentException("A set of recovery codes is " + COUNT + " codes like xxxxx-xxxxx.");
        }
    }

    static RecoveryCodes generate() {
        List<String> codes = new ArrayList<>(COUNT);
        while (codes.size() < COUNT) {
            String code = randomCode();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return new RecoveryCodes(codes);
    }

    /**
     * The canonical form of a typed code: lower case, with the hyphen in the middle; spaces and a missing
     * or misplaced hyphen are forgiven. Empty when it cannot be a recovery code at all.
     */
    static Optional<String> canonical(String typed) {
        String plain = typed.replaceAll("[\\s\\-]", "").toLowerCase(Locale.ROOT);
        if (plain.length() != 10) {
            return Optional.empty();
        }
        String code = plain.substring(0, 5) + "-" + plain.substring(5);
        return FORMAT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** The codes as a downloadable text file, one a line. */
    public String asText() {
        return String.join("\n", codes) + "\n";
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    @Override
    public String toString() {
        return "RecoveryCodes[" + codes.size() + " codes]";
    }
}
