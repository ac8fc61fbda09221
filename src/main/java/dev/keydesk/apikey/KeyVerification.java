package dev.keydesk.apikey;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The answer to "may this key be used for this?": the code, and for a key that exists and works, what it
 * is (account, key, when it stops working, permissions, addresses). {@code key} is null for MALFORMED,
 * NOT_FOUND, DELETED, DEACTIVATED and EXPIRED.
 */
public record KeyVerification(Code code, @Nullable Verified key) {

    public enum Code {
        VALID, MALFORMED, NOT_FOUND, DELETED, DEACTIVATED, EXPIRED, INSUFFICIENT_PERMISSION, IP_NOT_ALLOWED
    }

    /**
     * A working key. {@code expiresAt} is when the presented secret stops working: the key's expiry, or the
     * end of an old secret's grace after a roll, whichever comes first.
     */
    public record Verified(UUID keyId, String keyName, UUID accountId, String accountName,
            @Nullable Instant expiresAt, KeyPermissions permissions, AllowedIps allowedIps) {
    }

    static KeyVerification refused(Code code) {
        return new KeyVerification(code, null);
    }

    public @Nullable UUID keyId() {
        return key == null ? null : key.keyId();
    }

    public @Nullable String keyName() {
        return key == null ? null : key.keyName();
    }

    public @Nullable UUID accountId() {
        return key == null ? null : key.accountId();
    }

    public @Nullable String accountName() {
        return key == null ? null : key.accountName();
    }

    public boolean isValid() {
        return code == Code.VALID;
    }

    /** The key itself is no good (as opposed to being used for something or somewhere it may not be). */
    public boolean isKeyRefused() {
        return code != Code.VALID && code != Code.INSUFFICIENT_PERMISSION && code != Code.IP_NOT_ALLOWED;
    }
}
