package dev.keydesk.apikey;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One API key. The secret itself is never stored; {@code secretHash} is its SHA-256. */
@Table("api_key")
record ApiKey(@Id UUID id, UUID accountId, String name, @Nullable String nameKey, String hint, String secretHash,
        ApiKeyStatus status, Instant createdAt, @Nullable UUID createdBy, @Nullable Instant lastUsedAt,
        @Nullable Instant expiresAt, @Nullable Instant deactivatedAt, @Nullable String deactivationReason,
        @Nullable String leakUrl, @Nullable String leakSource, @Nullable Instant deletedAt,
        @Nullable UUID deletedBy) {

    static ApiKey create(UUID accountId, KeyName name, String secret, Instant now, @Nullable UUID createdBy) {
        return new ApiKey(UUID.randomUUID(), accountId, name.value(), name.comparisonKey(), KeyFormat.hint(secret),
                KeyHasher.sha256Hex(secret), ApiKeyStatus.ACTIVE, now, createdBy, null, null, null, null, null,
                null, null, null);
    }
}
