package dev.keydesk.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.account.LoginUser;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every sign-in attempt in the security log (sign_in_attempt), and members' attempts also in
 * each of their accounts' activity. Unknown usernames stay in the security log only. Passwords never
 * reach this class.
 */
@Service
public class SignInRecorder {

    private static final Logger log = LoggerFactory.getLogger(SignInRecorder.class);

    private final SignInAttemptQueries queries;
    private final SignInThrottle throttle;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final SignInProperties properties;
    private final Clock clock;

    SignInRecorder(SignInAttemptQueries queries, SignInThrottle throttle, AccountService accounts,
            AuditLog auditLog, SignInProperties properties, Clock clock) {
        this.queries = queries;
        this.throttle = throttle;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Refused while locked: the security log only. An attacker retrying a locked username would
     * otherwise flood the customer's activity; the lock itself is there once, when it began.
     */
    @Transactional
    public void refused(SignInAttempt attempt) {
        queries.insert(clock.instant(), attempt, null, SignInOutcome.REFUSED);
    }

    @Transactional
    public void succeeded(SignInAttempt attempt, UUID userId, String username, boolean support) {
        queries.insert(clock.instant(), attempt, userId, SignInOutcome.SUCCEEDED);
        if (!support) {
            for (UUID accountId : accounts.accountIdsOf(userId)) {
                auditLog.signInEvent(accountId, AuditAction.SIGNED_IN, userId, username, null,
                        attempt.clientAddress(), attempt.userAgent());
            }
        }
    }

    /** A checked and wrong password (or an unknown or disabled user); logs a lock that this failure began. */
    @Transactional
    public void failed(SignInAttempt attempt) {
        Optional<LoginUser> user = attempt.usernameKey().isEmpty() ? Optional.empty()
                : accounts.findLoginUser(attempt.usernameKey());
        queries.insert(clock.instant(), attempt, user.map(LoginUser::id).orElse(null), SignInOutcome.FAILED);
        user.ifPresent(known -> recordForUser(known, attempt));
        if (attempt.clientAddress() != null) {
            throttle.addressLockedUntil(attempt.clientAddress()).ifPresent(until -> log.warn(
                    "Sign-in from {} locked until {} after {} failed attempts", attempt.clientAddress(), until,
                    properties.maxFailuresPerAddress()));
        }
    }

    /** A known user's failure: in their accounts' activity, and the lock if it began with this failure. */
    private void recordForUser(LoginUser user, SignInAttempt attempt) {
        List<UUID> accountIds = user.support() ? List.of() : accounts.accountIdsOf(user.id());
        for (UUID accountId : accountIds) {
            auditLog.signInEvent(accountId, AuditAction.SIGN_IN_FAILED, user.id(), user.username(), null,
                    attempt.clientAddress(), attempt.userAgent());
        }
        // A locked username's attempts are refused before they get here, so a lock seen now began just now.
        throttle.userLockedUntil(attempt.usernameKey()).ifPresent(until -> {
            if (user.support()) {
                log.warn("Sign-in of support user '{}' locked until {} after {} failed attempts (the last from {})",
                        user.username(), until, properties.maxFailuresPerUser(), attempt.clientAddress());
            }
            String details = "Locked until " + until + " after " + properties.maxFailuresPerUser()
                    + " failed attempts";
            for (UUID accountId : accountIds) {
                auditLog.signInEvent(accountId, AuditAction.SIGN_IN_LOCKED, null, "Automatic", details,
                        attempt.clientAddress(), attempt.userAgent());
            }
        });
    }

    /** Support lifted a username's lock: earlier failures no longer count for it. */
    @Transactional
    void lifted(String usernameKey, UUID userId, Instant at) {
        queries.insert(at, new SignInAttempt(usernameKey, null, null), userId, SignInOutcome.LIFTED);
    }

    /** Removes attempts older than the cutoff: the security log keeps personal data only that long. */
    @Transactional
    public int forgetBefore(Instant cutoff) {
        return queries.deleteBefore(cutoff);
    }
}
