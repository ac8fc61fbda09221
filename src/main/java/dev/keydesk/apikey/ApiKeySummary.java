package dev.keydesk.apikey;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A listed key as the views show it: metadata only, never the secret. */
public record ApiKeySummary(UUID id, UUID accountId, String name, String hint, ApiKeyStatus status,
        Instant createdAt, @Nullable String createdBy, @Nullable Instant lastUsedAt, @Nullable Instant deactivatedAt,
        @Nullable String deactivationReason, @Nullable String leakUrl, @Nullable String leakSource) {

    public boolean isActive() {
        return status == ApiKeyStatus.ACTIVE;
    }
}
