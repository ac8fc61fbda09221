package dev.keydesk.apikey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import dev.keydesk.base.replica.SynchronousCommit;
import dev.keydesk.recentsignin.RecentSignIn;
import dev.keydesk.security.Actor;
import dev.keydesk.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every rule about a customer's keys: who may see and change them, the name rules, the active-key
 * limit, permissions and addresses. Views only mirror these rules; this class enforces them. Rolls are
 * {@link KeyRolls}'s.
 */
@Service
public class ApiKeyService {

    static final String NAME_TAKEN = "Another key of this account already has this name.";

    private final ApiKeyRepository keys;
    private final KeyQueries queries;
    private final KeySecrets secrets;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final CurrentActor currentActor;
    private final KeyFormat keyFormat;
    private final RecentSignIn recentSignIn;
    private final SynchronousCommit synchronousCommit;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, KeyQueries queries, KeySecrets secrets, AccountService accounts,
            AuditLog auditLog, CurrentActor currentActor, KeyFormat keyFormat, RecentSignIn recentSignIn,
            SynchronousCommit synchronousCommit, Clock clock) {
        this.keys = keys;
        this.queries = queries;
        this.secrets = secrets;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.currentActor = currentActor;
        this.keyFormat = keyFormat;
        this.recentSignIn = recentSignIn;
        this.synchronousCommit = synchronousCommit;
        this.clock = clock;
    }

    /** The account's keys that are still listed (active, expired or deactivated), newest first. */
    @Transactional(readOnly = true)
    public List<ApiKeySummary> listKeys(UUID accountId) {
        accounts.requireMemberOrSupport(currentActor.require(), accountId);
        return queries.listed(accountId);
    }

    @Transactional(readOnly = true)
    public KeyQuota quota(UUID accountId) {
        int limit = accounts.account(accountId).keyLimit(); // checks member-or-support
        return new KeyQuota(keys.countActive(accountId, clock.instant()), limit);
    }

    /** The instant the views compare expirations with: this service's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** A key with a name only: no expiration, "All", any address. */
    @Transactional
    public NewApiKey generate(UUID accountId, String name) {
        return generate(accountId, KeyRequest.named(name));
    }

    /**
     * Generates a key. The account row stays locked until commit, so concurrent requests on any
     * node see each other's keys and the limit holds. Fields are checked in the dialog's order.
     */
    @Transactional
    public NewApiKey generate(UUID accountId, KeyRequest request) {
        // A key shown to its owner must verify at once on every replica.
        synchronousCommit.remoteApply();
        Actor actor = currentActor.require();
        accounts.requireCustomerMember(actor, accountId);
        KeyName keyName = KeyName.of(request.name());
        Instant now = clock.instant();
        Instant expiresAt = request.expiration().expiresAt(request.customDate(), now);
        KeyPermissions permissions = request.permissions();
        AllowedIps allowedIps = AllowedIps.parse(request.allowedIps());
        int limit = accounts.lockForKeyChange(accountId);
        if (keys.countActive(accountId, now) >= limit) {
            throw new KeyLimitReachedException(limit);
        }
        requireNameFree(accountId, keyName, new UUID(0, 0));
        String secret = keyFormat.generate();
        ApiKey key = ApiKey.create(accountId, keyName, secret, now, actor.userId(), expiresAt, permissions,
                allowedIps);
        try {
            keys.insert(key);
        } catch (DuplicateKeyException e) {
            throw InvalidKeyNameException.taken();
        }
        secrets.addCurrent(key.id(), secret, now);
        auditLog.keyEvent(actor, accountId, AuditAction.KEY_CREATED, key.id(), key.name(), key.hint(),
                KeyDescriptions.settings(expiresAt, permissions, allowedIps), null);
        return new NewApiKey(queries.summary(key.id()).orElseThrow(), secret);
    }

    @Transactional
    public ApiKeySummary rename(UUID keyId, String newName) {
        Actor actor = currentActor.require();
        ApiKeySummary key = listedKey(keyId);
        accounts.requireCustomerMember(actor, key.accountId());
        return applyRename(actor, key, KeyName.of(newName), null);
    }

    /**
     * Changes what a key may do and from where; each kind of change writes its own activity row. The
     * verifier reads both on every request, so the change applies to the next request on every node.
     */
    @Transactional
    public ApiKeySummary changeAccess(UUID keyId, KeyPermissions.Preset preset, Map<PlatformService, Access> access,
            @Nullable String allowedIpsText) {
        synchronousCommit.remoteApply();
        Actor actor = currentActor.require();
        ApiKeySummary key = listedKey(keyId);
        accounts.requireCustomerMember(actor, key.accountId());
        KeyPermissions permissions = new KeyPermissions(preset, access);
        AllowedIps allowedIps = AllowedIps.parse(allowedIpsText);
        recentSignIn.require();
        if (permissions.equals(key.permissions()) && allowedIps.equals(key.allowedIps())) {
            return key;
        }
        if (keys.changeAccess(keyId, preset.name(), permissions.of(PlatformService.TEXT_GENERATION).name(),
                permissions.of(PlatformService.TEXT_TO_SPEECH).name(),
                permissions.of(PlatformService.SPEECH_TO_TEXT).name(), permissions.of(PlatformService.AGENTS).name(),
                allowedIps.toStored()) == 0) {
            throw new KeyNotFoundException();
        }
        if (!permissions.equals(key.permissions())) {
            auditLog.keyEvent(actor, key.accountId(), AuditAction.KEY_PERMISSIONS_CHANGED, key.id(), key.name(),
                    key.hint(), KeyDescriptions.of(permissions) + " (was: " + KeyDescriptions.of(key.permissions()) + ")", null);
        }
        if (!allowedIps.equals(key.allowedIps())) {
            auditLog.keyEvent(actor, key.accountId(), AuditAction.KEY_ADDRESSES_CHANGED, key.id(), key.name(),
                    key.hint(), "Allowed addresses: " + allowedIps.describe() + " (was: "
                            + key.allowedIps().describe() + ")", null);
        }
        return queries.summary(keyId).orElseThrow();
    }

    /** Deletes a key: it stops authenticating the moment this commits, and its name is free again. */
    @Transactional
    public void delete(UUID keyId) {
        synchronousCommit.remoteApply();
        Actor actor = currentActor.require();
        ApiKeySummary key = listedKey(keyId);
        accounts.requireCustomerMember(actor, key.accountId());
        recentSignIn.require();
        applyDelete(actor, key, null);
    }

    ApiKeySummary applyRename(Actor actor, ApiKeySummary key, KeyName name, @Nullable String reason) {
        if (name.value().equals(key.name())) {
            return key;
        }
        requireNameFree(key.accountId(), name, key.id());
        try {
            if (keys.rename(key.id(), name.value(), name.comparisonKey()) == 0) {
                throw new KeyNotFoundException();
            }
        } catch (DuplicateKeyException e) {
            throw InvalidKeyNameException.taken();
        }
        auditLog.keyEvent(actor, key.accountId(), AuditAction.KEY_RENAMED, key.id(), name.value(), key.hint(),
                "Renamed from \u201c" + key.name() + "\u201d to \u201c" + name.value() + "\u201d", reason);
        return queries.summary(key.id()).orElseThrow();
    }

    void applyDelete(Actor actor, ApiKeySummary key, @Nullable String reason) {
        synchronousCommit.requireRemoteApply();
        if (keys.markDeleted(key.id(), clock.instant(), actor.userId()) == 0) {
            throw new KeyNotFoundException();
        }
        auditLog.keyEvent(actor, key.accountId(), AuditAction.KEY_DELETED, key.id(), key.name(), key.hint(), null,
                reason);
    }

    ApiKeySummary listedKey(UUID keyId) {
        return queries.summary(keyId)
                .filter(key -> key.status() != ApiKeyStatus.DELETED)
                .orElseThrow(KeyNotFoundException::new);
    }

    private void requireNameFree(UUID accountId, KeyName name, UUID exceptId) {
        if (keys.nameTaken(accountId, name.comparisonKey(), exceptId)) {
            throw InvalidKeyNameException.taken();
        }
    }
}
