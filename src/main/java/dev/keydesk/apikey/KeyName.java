package dev.keydesk.apikey;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A key's display name: trimmed, 1 to 100 characters, no control characters. */
public record KeyName(String value) {

    public static final int MAX_LENGTH = 100;

    public KeyName {
        value = value.strip();
        if (value.isEmpty()) {
            throw new InvalidKeyNameException("Enter a name for the key.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidKeyNameException("Use at most " + MAX_LENGTH + " characters.");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidKeyNameException("Remove line breaks and other control characters.");
        }
    }

    public static KeyName of(@Nullable String value) {
        return new KeyName(value == null ? "" : value);
    }

    /** The form used to compare names: case-insensitive. */
    public String comparisonKey() {
        return value.toLowerCase(Locale.ROOT);
    }
}
