package dev.keydesk.apikey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import dev.keydesk.base.replica.SynchronousCommit;
import dev.keydesk.security.Actor;

import dev.keydesk.security.CurrentActor;
import dev.keydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What support staff may do to a customer's key: rename or delete it, or set (only ever shorten) its
 * expiration, always with a reason that
 * goes into the audit row. The name rules and the audit write are ApiKeyService's own, so a
 * support change obeys exactly what a customer's change obeys. Generating keys is deliberately
 * absent: a secret must only ever be seen by the customer. Support staff only (method security); why it
 * lives in apikey/ rather than support/: docs/design-decisions/DD005-support-key-actions-in-apikey.md.
 */
@Service
@RolesAllowed(Roles.SUPPORT)
public class SupportKeyActions {

    private final ApiKeyService keys;
    private final ApiKeyRepository repository;
    private final AuditLog auditLog;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final SynchronousCommit synchronousCommit;
    private final Clock clock;

    SupportKeyActions(ApiKeyService keys, ApiKeyRepository repository, AuditLog auditLog, CurrentActor currentActor,
            ApplicationEventPublisher events, SynchronousCommit synchronousCommit, Clock clock) {
        this.keys = keys;
        this.repository = repository;
        this.auditLog = auditLog;
        this.currentActor = currentActor;
        this.events = events;
        this.synchronousCommit = synchronousCommit;
        this.clock = clock;
    }

    @Transactional
    public ApiKeySummary renameAsSupport(UUID keyId, String newName, @Nullable String reason) {
        SupportReason why = SupportReason.of(reason);
        KeyName name = KeyName.of(newName);
        return keys.applyRename(currentActor.require(), keys.listedKey(keyId), name, why.value());
    }

    @Transactional
    public void deleteAsSupport(UUID keyId, @Nullable String reason) {
        synchronousCommit.remoteApply();
        SupportReason why = SupportReason.of(reason);
        keys.applyDelete(currentActor.require(), keys.listedKey(keyId), why.value());
    }

    /**
     * Sets a key's expiration, or brings it forward; never later than it was (only the customer's own new
     * key can live longer). The members' reminder mail goes out at once when the new time is near.
     */
    @Transactional
    public ApiKeySummary setExpirationAsSupport(UUID keyId, SupportExpiry choice, @Nullable LocalDate customDate,
            @Nullable String reason) {
        synchronousCommit.remoteApply();
        SupportReason why = SupportReason.of(reason);
        Instant now = clock.instant();
        Instant expiresAt = choice.expiresAt(customDate, now);
        ApiKeySummary key = keys.listedKey(keyId);
        if (key.isExpired(now)) {
            throw new InvalidExpirationException("already-expired", "This key has already expired.");
        }
        if (key.expiresAt() != null && !expiresAt.isBefore(key.expiresAt())) {
            throw new InvalidExpirationException("only-earlier", "Support can only bring an expiration forward: this key "
                    + "expires " + KeyDescriptions.utc(key.expiresAt()) + ". Choose an earlier time.",
                    KeyDescriptions.utc(key.expiresAt()));
        }
        if (repository.changeExpiration(keyId, expiresAt) == 0) {
            throw new KeyNotFoundException();
        }
        Actor actor = currentActor.require();
        auditLog.keyEvent(actor, key.accountId(), AuditAction.KEY_EXPIRATION_CHANGED, keyId, key.name(), key.hint(),
                "Expires " + KeyDescriptions.utc(expiresAt) + " (was: " + KeyDescriptions.utcOrNever(key.expiresAt())
                        + ")", why.value());
        events.publishEvent(new ExpirationChanged(keyId));
        return keys.listedKey(keyId);
    }
}
