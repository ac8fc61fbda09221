package dev.keydesk.apikey;

import java.util.UUID;

/**
 * A key Keydesk issued, found by the hash of one of its secrets: metadata only. {@code retiredSecret}: the
 * secret was replaced by a roll and its grace has ended, so it no longer opens the key.
 */
public record IssuedKey(UUID id, UUID accountId, String name, String hint, ApiKeyStatus status,
        boolean retiredSecret) {

    /** The key works with this secret: reporting it must deactivate the key. */
    public boolean isActive() {
        return status == ApiKeyStatus.ACTIVE && !retiredSecret;
    }
}
