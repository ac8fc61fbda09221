package dev.keydesk.apikey;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The answer to "is this key valid?", with the account and key when it is. */
public record KeyVerification(Code code, @Nullable UUID keyId, @Nullable String keyName, @Nullable UUID accountId,
        @Nullable String accountName) {

    public enum Code { VALID, MALFORMED, NOT_FOUND, DELETED, DEACTIVATED, EXPIRED }

    static KeyVerification refused(Code code) {
        return new KeyVerification(code, null, null, null, null);
    }

    public boolean isValid() {
        return code == Code.VALID;
    }
}
