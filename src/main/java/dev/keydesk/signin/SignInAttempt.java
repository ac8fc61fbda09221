package dev.keydesk.signin;

import java.util.Locale;

import dev.keydesk.audit.AuditLog;
import org.jspecify.annotations.Nullable;

/**
 * Who tried to sign in, as the throttle counts it: the typed username trimmed and lower-cased
 * ({@link Locale#ROOT}), and the client's address and user agent. Never the password.
 */
public record SignInAttempt(String usernameKey, @Nullable String clientAddress, @Nullable String userAgent) {

    /** Usernames are at most 64 characters; a longer typed one is cut (it matches no user either way). */
    public static final int USERNAME_KEY_MAX_LENGTH = 64;
    static final int ADDRESS_MAX_LENGTH = 64;

    public SignInAttempt {
        usernameKey = key(usernameKey);
        clientAddress = clientAddress == null || clientAddress.isBlank() ? null : cut(clientAddress.strip(),
                ADDRESS_MAX_LENGTH);
        userAgent = userAgent == null || userAgent.isBlank() ? null : AuditLog.truncateUserAgent(userAgent);
    }

    static SignInAttempt of(@Nullable String username, @Nullable Object details) {
        if (details instanceof SignInDetails signIn) {
            return new SignInAttempt(username == null ? "" : username, signIn.getRemoteAddress(),
                    signIn.userAgent());
        }
        return new SignInAttempt(username == null ? "" : username, null, null);
    }

    /** The form of a username that the counters compare: trimmed, case-insensitive. */
    public static String key(String username) {
        return cut(username.strip().toLowerCase(Locale.ROOT), USERNAME_KEY_MAX_LENGTH);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
