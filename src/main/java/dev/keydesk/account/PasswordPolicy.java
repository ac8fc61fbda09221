package dev.keydesk.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Passwords people choose: at least 12 characters, not among the 10,000 most common (the list
 * ships in the jar, see passwords/README.txt), and at most 72 bytes, because bcrypt ignores or
 * refuses what lies beyond.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    static final String LIST = "passwords/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Why the password is refused, in English (for logs and start-up checks), or empty when it is acceptable. */
    public Optional<String> problem(String password) {
        return check(password).map(PasswordProblem::english);
    }

    /** Why the password is refused, for a message in the reader's language; empty when it is acceptable. */
    public Optional<PasswordProblem> check(String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(PasswordProblem.COMMON);
        }
        return Optional.empty();
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + LIST);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(line -> !line.isEmpty())
                        .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
