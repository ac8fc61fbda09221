package dev.keydesk.support;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What support typed into "Search": matches an account whose name contains it, or one of whose
 * members' usernames starts with it, ignoring case. LIKE wildcards typed by the person are taken
 * literally.
 */
public record AccountFilter(String text) {

    public static final AccountFilter NONE = new AccountFilter("");

    public AccountFilter {
        text = text.strip().toLowerCase(Locale.ROOT);
    }

    public static AccountFilter of(@Nullable String text) {
        return text == null ? NONE : new AccountFilter(text);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    String substringPattern() {
        return "%" + escaped() + "%";
    }

    String prefixPattern() {
        return escaped() + "%";
    }

    private String escaped() {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
