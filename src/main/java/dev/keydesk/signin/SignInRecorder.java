package dev.keydesk.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.account.LoginUser;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import org.jspecify.annotations.Nullable;
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
        refused(attempt, SignInFactor.PASSWORD);
    }

    @Transactional
    void refused(SignInAttempt attempt, SignInFactor factor) {
        queries.insert(clock.instant(), attempt, null, SignInOutcome.REFUSED, factor);
    }

    /** A complete sign-in with the password alone (no second factor enrolled). */
    @Transactional
    public void succeeded(SignInAttempt attempt, UUID userId, String username, boolean support) {
        queries.insert(clock.instant(), attempt, userId, SignInOutcome.SUCCEEDED);
        audit(userId, support, AuditAction.SIGNED_IN, userId, username, null, attempt);
    }

    /**
     * The right password of a user with two-factor sign-in: the security log only (it resets the count of
     * wrong passwords); the activity shows the sign-in once the second step is done, or its failures.
     */
    @Transactional
    void passwordAccepted(SignInAttempt attempt, UUID userId) {
        queries.insert(clock.instant(), attempt, userId, SignInOutcome.SUCCEEDED);
    }

    /** The second step succeeded: the sign-in is complete. */
    @Transactional
    void secondStepSucceeded(SignInAttempt attempt, UUID userId, String username, boolean support,
            SignInFactor factor) {
        queries.insert(clock.instant(), attempt, userId, SignInOutcome.SUCCEEDED, factor);
        audit(userId, support, AuditAction.SIGNED_IN, userId, username, details(factor, "with"), attempt);
    }

    /** A wrong code in the second step; logs a lock of the second step that this failure began. */
    @Transactional
    void secondStepFailed(SignInAttempt attempt, UUID userId, String username, boolean support,
            SignInFactor factor) {
        queries.insert(clock.instant(), attempt, userId, SignInOutcome.FAILED, factor);
        audit(userId, support, AuditAction.SIGN_IN_FAILED, userId, username, details(factor, "wrong"), attempt);
        lockBegun(attempt, userId, username, support, factor);
        addressLockBegun(attempt);
    }

    /** A checked and wrong password (or an unknown or disabled user); logs a lock that this failure began. */
    @Transactional
    public void failed(SignInAttempt attempt) {
        Optional<LoginUser> user = attempt.usernameKey().isEmpty() ? Optional.empty()
                : accounts.findLoginUser(attempt.usernameKey());
        queries.insert(clock.instant(), attempt, user.map(LoginUser::id).orElse(null), SignInOutcome.FAILED);
        user.ifPresent(known -> {
            audit(known.id(), known.support(), AuditAction.SIGN_IN_FAILED, known.id(), known.username(), null,
                    attempt);
            lockBegun(attempt, known.id(), known.username(), known.support(), SignInFactor.PASSWORD);
        });
        addressLockBegun(attempt);
    }

    private void addressLockBegun(SignInAttempt attempt) {
        if (attempt.clientAddress() != null) {
            throttle.addressLockedUntil(attempt.clientAddress()).ifPresent(until -> log.warn(
                    "Sign-in from {} locked until {} after {} failed attempts", attempt.clientAddress(), until,
                    properties.maxFailuresPerAddress()));
        }
    }

    /** A known user's lock of this step, if it began with this failure: in the log (support) and the activity. */
    private void lockBegun(SignInAttempt attempt, UUID userId, String username, boolean support,
            SignInFactor factor) {
        // A locked step's attempts are refused before they get here, so a lock seen now began just now.
        throttle.lockedUntil(attempt.usernameKey(), factor).ifPresent(until -> {
            if (support) {
                log.warn("Sign-in of support user '{}' locked until {} after {} failed attempts (the last from {})",
                        username, until, properties.maxFailuresPerUser(), attempt.clientAddress());
            }
            String what = factor == SignInFactor.PASSWORD ? "" : " (second step)";
            String details = "Locked until " + until + " after " + properties.maxFailuresPerUser()
                    + " failed attempts" + what;
            audit(userId, support, AuditAction.SIGN_IN_LOCKED, null, "Automatic", details, attempt);
        });
    }

    /**
     * A sign-in event in the activity of each of a member's accounts; a support user's in the audit log
     * without an account (support staff belong to none).
     */
    private void audit(UUID userId, boolean support, AuditAction action, @Nullable UUID actorId, String who,
            @Nullable String details, SignInAttempt attempt) {
        if (support) {
            auditLog.signInEvent(null, action, actorId, who, details, attempt.clientAddress(), attempt.userAgent());
            return;
        }
        for (UUID accountId : accounts.accountIdsOf(userId)) {
            auditLog.signInEvent(accountId, action, actorId, who, details, attempt.clientAddress(),
                    attempt.userAgent());
        }
    }

    private static String details(SignInFactor factor, String how) {
        String code = factor == SignInFactor.RECOVERY_CODE ? "recovery code" : "authentication code";
        return "with".equals(how) ? "With " + (factor == SignInFactor.RECOVERY_CODE ? "a " : "an ") + code
                : "Wrong " + code;
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
