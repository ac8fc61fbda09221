package dev.keydesk.apikey;

import java.util.UUID;

/** A key Keydesk issued, found by the hash of its secret: metadata only. */
public record IssuedKey(UUID id, UUID accountId, String name, String hint, ApiKeyStatus status) {

    public boolean isActive() {
        return status == ApiKeyStatus.ACTIVE;
    }
}
