package dev.keydesk.password;

import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.account.Credentials;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import dev.keydesk.recentsignin.PasswordRecheck;
import dev.keydesk.recentsignin.RecentSignIn.Confirmation;
import dev.keydesk.security.Actor;
import dev.keydesk.security.CurrentActor;
import dev.keydesk.sessions.SignInSessions;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in person changes their own password: the current one is checked (counted by the sign-in
 * throttle like a login), the new one keeps to the password policy, and every other session of theirs is
 * signed out, on every node. Audited as "Password changed".
 */
@Service
public class PasswordChange {

    private final CurrentActor currentActor;
    private final PasswordRecheck recheck;
    private final NewPasswords newPasswords;
    private final Credentials credentials;
    private final SignInSessions sessions;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;

    PasswordChange(CurrentActor currentActor, PasswordRecheck recheck, NewPasswords newPasswords,
            Credentials credentials, SignInSessions sessions, AccountService accounts, AuditLog auditLog,
            TransactionTemplate transactions) {
        this.currentActor = currentActor;
        this.recheck = recheck;
        this.newPasswords = newPasswords;
        this.credentials = credentials;
        this.sessions = sessions;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.transactions = transactions;
    }

    /**
     * Changes the password, or refuses with {@link PasswordRefusedException} and changes nothing. A new
     * password the policy refuses is refused before the current one is checked, so it costs no attempt.
     *
     * @return how many other sessions were signed out
     */
    public int change(String currentPassword, String newPassword) {
        Actor actor = currentActor.require();
        UUID userId = actor.userId();
        if (userId == null) {
            throw new IllegalStateException("A signed-in person always has a user id");
        }
        newPasswords.check(newPassword);
        Confirmation current = recheck.check(userId, actor.username(), currentPassword);
        if (current == Confirmation.LOCKED) {
            throw new PasswordRefusedException(PasswordProblem.LOCKED);
        }
        if (current != Confirmation.CONFIRMED) {
            throw new PasswordRefusedException(PasswordProblem.WRONG_CURRENT);
        }
        if (newPassword.equals(currentPassword)) {
            throw new PasswordRefusedException(PasswordProblem.SAME_AS_CURRENT);
        }
        Integer signedOut = transactions.execute(status -> {
            credentials.replacePassword(userId, newPassword);
            int others = sessions.revokeOthers(userId);
            for (UUID accountId : accounts.accountIdsOf(userId)) {
                auditLog.signInEvent(accountId, AuditAction.PASSWORD_CHANGED, userId, actor.username(),
                        others == 0 ? null : "Other sessions signed out: " + others, actor.remoteAddress(),
                        userAgent());
            }
            return others;
        });
        return signedOut == null ? 0 : signedOut;
    }

    static @org.jspecify.annotations.Nullable String userAgent() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getHeader(HttpHeaders.USER_AGENT);
        }
        return null;
    }
}
