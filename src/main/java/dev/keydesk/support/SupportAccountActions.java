package dev.keydesk.support;

import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.account.AccountStatus;
import dev.keydesk.apikey.SupportReason;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import dev.keydesk.base.replica.SynchronousCommit;
import dev.keydesk.recentsignin.RecentSignIn;
import dev.keydesk.security.CurrentActor;
import dev.keydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What support staff may do to a customer account: change its active-key limit, suspend or reactivate
 * it, always with a reason that goes into the audit row written in the same transaction.
 */
@Service
@RolesAllowed(Roles.SUPPORT)
public class SupportAccountActions {

    private final AccountService accounts;
    private final AuditLog auditLog;
    private final CurrentActor currentActor;
    private final RecentSignIn recentSignIn;
    private final SynchronousCommit synchronousCommit;

    SupportAccountActions(AccountService accounts, AuditLog auditLog, CurrentActor currentActor,
            RecentSignIn recentSignIn, SynchronousCommit synchronousCommit) {
        this.synchronousCommit = synchronousCommit;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.currentActor = currentActor;
        this.recentSignIn = recentSignIn;
    }

    @Transactional
    public void changeKeyLimit(UUID accountId, int limit, @Nullable String reason) {
        SupportReason why = SupportReason.of(reason);
        recentSignIn.require();
        int previous = accounts.changeKeyLimit(accountId, limit);
        if (previous != limit) {
            auditLog.accountEvent(currentActor.require(), accountId, AuditAction.ACCOUNT_KEY_LIMIT_CHANGED,
                    "Limit of " + limit + " active keys (was: " + previous + ")", why.value());
        }
    }

    /** Suspends the account: its keys are refused from the moment this commits, on every node. */
    @Transactional
    public void suspend(UUID accountId, @Nullable String reason) {
        synchronousCommit.remoteApply();
        SupportReason why = SupportReason.of(reason);
        recentSignIn.require();
        if (accounts.changeStatus(accountId, AccountStatus.SUSPENDED)) {
            auditLog.accountEvent(currentActor.require(), accountId, AuditAction.ACCOUNT_SUSPENDED, null, why.value());
        }
    }

    @Transactional
    public void reactivate(UUID accountId, @Nullable String reason) {
        synchronousCommit.remoteApply();
        SupportReason why = SupportReason.of(reason);
        if (accounts.changeStatus(accountId, AccountStatus.ACTIVE)) {
            auditLog.accountEvent(currentActor.require(), accountId, AuditAction.ACCOUNT_REACTIVATED, null,
                    why.value());
        }
    }
}
