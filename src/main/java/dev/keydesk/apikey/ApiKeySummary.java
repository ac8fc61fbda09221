package dev.keydesk.apikey;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A listed key as the views show it: metadata only, never the secret. {@code oldSecretExpiresAt} is when
 * the secret replaced by the last roll stops working; {@code secretVersion} is what a roll must name.
 */
public record ApiKeySummary(UUID id, UUID accountId, String name, String hint, ApiKeyStatus status,
        Instant createdAt, @Nullable String createdBy, @Nullable Instant lastUsedAt, @Nullable Instant deactivatedAt,
        @Nullable String deactivationReason, @Nullable String leakUrl, @Nullable String leakSource,
        @Nullable Instant expiresAt, KeyPermissions permissions, AllowedIps allowedIps,
        @Nullable Instant oldSecretExpiresAt, int secretVersion) {

    /** Not deactivated (nor deleted); an active key may still have expired, see {@link #state}. */
    public boolean isActive() {
        return status == ApiKeyStatus.ACTIVE;
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** What the grid's Status column says at this instant. */
    public KeyState state(Instant now) {
        if (!isActive()) {
            return KeyState.DEACTIVATED;
        }
        return isExpired(now) ? KeyState.EXPIRED : KeyState.ACTIVE;
    }

    /** The replaced secret's end while it still works, else null. */
    public @Nullable Instant oldSecretValidUntil(Instant now) {
        return oldSecretExpiresAt != null && oldSecretExpiresAt.isAfter(now) ? oldSecretExpiresAt : null;
    }

    /** A listed key's state as people read it. */
    public enum KeyState {
        ACTIVE("Active"), EXPIRED("Expired"), DEACTIVATED("Deactivated");

        private final String label;

        KeyState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
