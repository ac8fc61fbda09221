package dev.keydesk.apikey;

import dev.keydesk.base.text.DisplayText;
import org.jspecify.annotations.Nullable;

/**
 * A key's display name: NFC, trimmed, 1 to 100 characters, none of the characters {@link DisplayText}
 * refuses (control, text-direction, invisible).
 */
public record KeyName(String value) {

    public static final int MAX_LENGTH = 100;

    public KeyName {
        value = DisplayText.normalize(value);
        if (value.isEmpty()) {
            throw InvalidKeyNameException.empty();
        }
        if (value.length() > MAX_LENGTH) {
            throw InvalidKeyNameException.tooLong(MAX_LENGTH);
        }
        DisplayText.firstProblem(value).ifPresent(problem -> {
            throw InvalidKeyNameException.character(problem);
        });
    }

    public static KeyName of(@Nullable String value) {
        return new KeyName(value == null ? "" : value);
    }

    /**
     * The form used to compare names: NFC and case-insensitive (white space inside the name counts as
     * typed, as the contract's "trimmed and case-insensitively" says).
     */
    public String comparisonKey() {
        return DisplayText.caseInsensitiveKey(value);
    }
}
