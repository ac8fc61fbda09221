package dev.keydesk.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of the activity log. Append-only: the one change a row ever gets is the removal of its
 * client details (address, user agent) once older than the retention time.
 */
@Table("audit_event")
public record AuditEvent(@Id UUID id, Instant occurredAt, @Nullable UUID actorId, String actorLabel,
        @Nullable UUID accountId, AuditAction action, @Nullable UUID keyId, @Nullable String keyName,
        @Nullable String keyHint, @Nullable String details, @Nullable String reason,
        @Nullable String remoteAddress, @Nullable String userAgent) {
}
