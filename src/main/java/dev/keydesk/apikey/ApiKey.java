package dev.keydesk.apikey;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One API key. Its secrets live in {@code key_secret} (only their SHA-256); {@code hint} is the current
 * secret's. Permissions are a preset and one access level per service (see {@link KeyPermissions}).
 */
@Table("api_key")
record ApiKey(@Id UUID id, UUID accountId, String name, @Nullable String nameKey, String hint,
        ApiKeyStatus status, Instant createdAt, @Nullable UUID createdBy, @Nullable Instant lastUsedAt,
        @Nullable Instant expiresAt, @Nullable Instant deactivatedAt, @Nullable String deactivationReason,
        @Nullable String leakUrl, @Nullable String leakSource, @Nullable Instant deletedAt,
        @Nullable UUID deletedBy, KeyPermissions.Preset permissionPreset, Access textGenerationAccess,
        Access textToSpeechAccess, Access speechToTextAccess, Access agentsAccess, @Nullable String allowedIps,
        int secretVersion) {

    static ApiKey create(UUID accountId, KeyName name, String secret, Instant now, @Nullable UUID createdBy,
            @Nullable Instant expiresAt, KeyPermissions permissions, AllowedIps allowedIps) {
        return new ApiKey(UUID.randomUUID(), accountId, name.value(), name.comparisonKey(), KeyFormat.hint(secret),
                ApiKeyStatus.ACTIVE, now, createdBy, null, expiresAt, null, null, null, null, null, null,
                permissions.preset(), permissions.of(PlatformService.TEXT_GENERATION),
                permissions.of(PlatformService.TEXT_TO_SPEECH), permissions.of(PlatformService.SPEECH_TO_TEXT),
                permissions.of(PlatformService.AGENTS), allowedIps.toStored(), 1);
    }
}
