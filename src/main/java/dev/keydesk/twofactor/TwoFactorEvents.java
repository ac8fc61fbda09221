package dev.keydesk.twofactor;

import java.util.List;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import dev.keydesk.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes two-factor events into the activity of each account the user belongs to (support staff belong to
 * none: one row without an account), with the client's address and user agent, as sign-ins are recorded.
 */
@Component
class TwoFactorEvents {

    private final AuditLog auditLog;
    private final AccountService accounts;

    TwoFactorEvents(AuditLog auditLog, AccountService accounts) {
        this.auditLog = auditLog;
        this.accounts = accounts;
    }

    /** Must run inside the transaction of the change. */
    void record(UUID userId, AuditAction action, @Nullable UUID actorId, String who, @Nullable String details,
            @Nullable String reason) {
        List<UUID> accountIds = accounts.accountIdsOf(userId);
        String address = CurrentActor.remoteAddress();
        String userAgent = userAgent();
        if (accountIds.isEmpty()) {
            auditLog.userEvent(null, action, actorId, who, details, reason, address, userAgent);
        }
        for (UUID accountId : accountIds) {
            auditLog.userEvent(accountId, action, actorId, who, details, reason, address, userAgent);
        }
    }

    private static @Nullable String userAgent() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getHeader(HttpHeaders.USER_AGENT);
        }
        return null;
    }
}
