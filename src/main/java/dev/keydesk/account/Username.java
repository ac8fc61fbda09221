package dev.keydesk.account;

import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A username chosen at sign-up: 3 to 64 letters, digits, dots, hyphens and underscores (ASCII only, so
 * no look-alike letters), not one of the names people would mistake for Keydesk's own staff or mailboxes.
 * Usernames are compared case-insensitively.
 */
public record Username(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 64;
    static final String RESERVED_MESSAGE = SignUpProblem.USERNAME_RESERVED.english(List.of());

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Set<String> RESERVED = Set.of("abuse", "admin", "administrator", "api", "billing",
            "help", "hostmaster", "info", "keydesk", "mailer-daemon", "moderator", "no-reply", "noreply", "null",
            "operator", "owner", "postmaster", "root", "security", "staff", "support", "sysadmin", "system",
            "undefined", "webmaster", "www");

    public Username {
        value = value.strip();
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw refused(SignUpProblem.USERNAME_LENGTH, MIN_LENGTH, MAX_LENGTH);
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw refused(SignUpProblem.USERNAME_CHARACTERS);
        }
        if (RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
            throw refused(SignUpProblem.USERNAME_RESERVED);
        }
    }

    public static Username of(@Nullable String value) {
        return new Username(value == null ? "" : value);
    }

    /** The case-insensitive form: two usernames with equal keys are the same user. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    private static SignUpRefusedException refused(SignUpProblem problem, Object... args) {
        return SignUpRefusedException.of(SignUpField.USERNAME, problem, args);
    }
}
