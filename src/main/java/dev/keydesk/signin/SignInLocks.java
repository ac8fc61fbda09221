package dev.keydesk.signin;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.account.LoginUser;
import dev.keydesk.apikey.SupportReason;
import dev.keydesk.audit.AuditLog;
import dev.keydesk.recentsignin.RecentSignIn;
import dev.keydesk.security.Actor;
import dev.keydesk.security.CurrentActor;
import dev.keydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support staff's view of sign-in locks: an account's members' locks and failed attempts, support
 * users' locks, and lifting one with a reason (audited). Support-only, whoever calls.
 */
@Service
@RolesAllowed(Roles.SUPPORT)
public class SignInLocks {

    /** How many of an account's latest failed sign-ins support sees. */
    public static final int RECENT_FAILURES = 20;

    private static final Logger log = LoggerFactory.getLogger(SignInLocks.class);

    private final SignInThrottle throttle;
    private final SignInRecorder recorder;
    private final SignInAttemptQueries queries;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final CurrentActor currentActor;
    private final RecentSignIn recentSignIn;
    private final Clock clock;

    SignInLocks(SignInThrottle throttle, SignInRecorder recorder, SignInAttemptQueries queries,
            AccountService accounts, AuditLog auditLog, CurrentActor currentActor, RecentSignIn recentSignIn,
            Clock clock) {
        this.throttle = throttle;
        this.recorder = recorder;
        this.queries = queries;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.currentActor = currentActor;
        this.recentSignIn = recentSignIn;
        this.clock = clock;
    }

    /** The account's members' current locks and latest failed sign-ins, newest first. */
    @Transactional(readOnly = true)
    public AccountSignIns accountSignIns(UUID accountId) {
        List<String> members = accounts.memberUsernames(accountId);
        List<UserLock> locks = locksOf(members);
        List<String> keys = members.stream().map(SignInAttempt::key).toList();
        return new AccountSignIns(locks, queries.failures(keys, RECENT_FAILURES));
    }

    /** Support users who are locked out now; another support user can lift their locks. */
    @Transactional(readOnly = true)
    public List<UserLock> supportStaffLocks() {
        return locksOf(queries.supportUsernamesFailedSince(throttle.windowStart()));
    }

    /**
     * Lifts a username's lock: its earlier failures no longer count. An address lock is left alone: it
     * guards against guessing across many usernames and ends by itself.
     */
    @Transactional
    public void lift(String username, @Nullable String reason) {
        Actor actor = currentActor.require();
        SupportReason why = SupportReason.of(reason);
        recentSignIn.require();
        LoginUser user = accounts.findLoginUser(username)
                .orElseThrow(() -> new NoSuchLockException("There is no user " + username + "."));
        if (user.id().equals(actor.userId())) {
            throw new AccessDeniedException("Another support user must lift your own lock.");
        }
        String key = SignInAttempt.key(user.username());
        if (throttle.userLockedUntil(key).isEmpty()) {
            throw new NoSuchLockException(user.username() + " is not locked (any more).");
        }
        recorder.lifted(key, user.id(), clock.instant());
        if (user.support()) {
            log.warn("Sign-in lock of support user '{}' lifted by '{}'", user.username(), actor.username());
            auditLog.lockLifted(actor, null, user.username(), why.value());
        } else {
            for (UUID accountId : accounts.accountIdsOf(user.id())) {
                auditLog.lockLifted(actor, accountId, user.username(), why.value());
            }
        }
    }

    private List<UserLock> locksOf(List<String> usernames) {
        return usernames.stream()
                .flatMap(username -> throttle.userLockedUntil(SignInAttempt.key(username)).stream()
                        .map(until -> new UserLock(username, until)))
                .toList();
    }
}
