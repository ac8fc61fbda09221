package dev.keydesk.apikey;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import dev.keydesk.base.replica.SynchronousCommit;
import dev.keydesk.recentsignin.RecentSignIn;
import dev.keydesk.security.Actor;
import dev.keydesk.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rolling a key: a new secret for the same key (same id, name, settings and history); the replaced one
 * keeps working for the grace period chosen, then is refused as expired. Customers only: support never
 * sees a secret.
 */
@Service
public class KeyRolls {

    static final String ROLLED_ELSEWHERE = "This key was rolled by someone else a moment ago, so this roll did not "
            + "happen. Use the new key from that roll, or roll again.";
    static final String EXPIRED = "This key has expired, and a roll keeps the expiration. Generate a new key instead.";

    private final ApiKeyService keyService;
    private final ApiKeyRepository keys;
    private final KeySecrets secrets;
    private final KeyQueries queries;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final CurrentActor currentActor;
    private final KeyFormat keyFormat;
    private final RecentSignIn recentSignIn;
    private final SynchronousCommit synchronousCommit;
    private final Clock clock;

    KeyRolls(ApiKeyService keyService, ApiKeyRepository keys, KeySecrets secrets, KeyQueries queries,
            AccountService accounts, AuditLog auditLog, CurrentActor currentActor, KeyFormat keyFormat,
            RecentSignIn recentSignIn, SynchronousCommit synchronousCommit, Clock clock) {
        this.keyService = keyService;
        this.keys = keys;
        this.secrets = secrets;
        this.queries = queries;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.currentActor = currentActor;
        this.keyFormat = keyFormat;
        this.recentSignIn = recentSignIn;
        this.synchronousCommit = synchronousCommit;
        this.clock = clock;
    }

    /**
     * Rolls the key whose secret version the person saw. Of two rolls of one version, the first to commit
     * wins and the other is refused: the key's row is locked, then its version compared. A deactivated
     * (leaked) key's old secret is refused already, so its roll ends it now and makes the key active
     * again, which needs a free slot under the limit like a new key.
     */
    @Transactional
    public NewApiKey roll(UUID keyId, int seenVersion, RollGrace grace) {
        synchronousCommit.remoteApply();
        Actor actor = currentActor.require();
        ApiKeySummary seen = keyService.listedKey(keyId);
        accounts.requireCustomerMember(actor, seen.accountId());
        recentSignIn.require();
        int limit = accounts.lockForKeyChange(seen.accountId());
        int version = keys.lockSecretVersion(keyId).orElseThrow(KeyNotFoundException::new);
        if (version != seenVersion) {
            throw new KeyRollRefusedException("rolled-elsewhere", ROLLED_ELSEWHERE);
        }
        ApiKeySummary key = keyService.listedKey(keyId);
        Instant now = clock.instant();
        if (key.isExpired(now)) {
            throw new KeyRollRefusedException("expired", EXPIRED);
        }
        boolean reactivating = !key.isActive();
        RollGrace effective = reactivating ? RollGrace.NOW : grace;
        if (reactivating && keys.countActive(key.accountId(), now) >= limit) {
            throw new KeyRollRefusedException("limit", KeyQuota.rollLimitMessage(limit), limit);
        }
        String secret = keyFormat.generate();
        Instant oldEnds = now.plus(effective.duration());
        secrets.retire(keyId, oldEnds, now);
        secrets.addCurrent(keyId, secret, now);
        if (keys.rolled(keyId, KeyFormat.hint(secret), version) == 0) {
            throw new KeyRollRefusedException("rolled-elsewhere", ROLLED_ELSEWHERE);
        }
        String details = "Old key expires: " + effective.label()
                + (effective == RollGrace.NOW ? "" : " (" + KeyDescriptions.utc(oldEnds) + ")")
                + (reactivating ? "; the deactivated key is active again with the new secret" : "");
        auditLog.keyEvent(actor, key.accountId(), AuditAction.KEY_ROLLED, keyId, key.name(), KeyFormat.hint(secret),
                details, null);
        return new NewApiKey(queries.summary(keyId).orElseThrow(), secret);
    }
}
