package dev.keydesk.twofactor;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.security.Actor;
import dev.keydesk.security.CurrentActor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person switches two-factor off or replaces their recovery codes; both always need the
 * password and a current code. Failed confirmations are counted (and committed, though the call is refused),
 * so a stolen session cannot try passwords here without limit.
 */
@Service
public class TwoFactorChanges {

    private final FactorQueries queries;
    private final TotpChecks totp;
    private final RecoveryCodeStore recoveryCodes;
    private final TwoFactorEvents events;
    private final CurrentActor currentActor;
    private final AccountService accounts;
    private final PasswordEncoder passwordEncoder;
    private final TwoFactorProperties properties;
    private final Clock clock;

    TwoFactorChanges(FactorQueries queries, TotpChecks totp, RecoveryCodeStore recoveryCodes, TwoFactorEvents events,
            CurrentActor currentActor, AccountService accounts, PasswordEncoder passwordEncoder,
            TwoFactorProperties properties, Clock clock) {
        this.queries = queries;
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
        this.events = events;
        this.currentActor = currentActor;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    /** Switches two-factor off (recorded as "Two-factor disabled"); its secret and recovery codes are deleted. */
    @Transactional(noRollbackFor = TwoFactorException.class)
    public void disable(String password, String code) {
        Actor actor = currentActor.require();
        UUID userId = confirm(actor, password, code);
        queries.delete(userId);
        events.record(userId, AuditAction.TWO_FACTOR_DISABLED, userId, actor.label(), null, null);
    }

    /** Ten new recovery codes (recorded as "Recovery codes regenerated"); every earlier code stops working. */
    @Transactional(noRollbackFor = TwoFactorException.class)
    public RecoveryCodes regenerateRecoveryCodes(String password, String code) {
        Actor actor = currentActor.require();
        UUID userId = confirm(actor, password, code);
        RecoveryCodes codes = recoveryCodes.replace(userId);
        events.record(userId, AuditAction.RECOVERY_CODES_REGENERATED, userId, actor.label(), null, null);
        return codes;
    }

    private UUID confirm(Actor actor, String password, String code) {
        UUID userId = TwoFactorEnrolment.userId(actor);
        queries.lockUser(userId);
        StoredFactor factor = queries.find(userId).filter(StoredFactor::enabled)
                .orElseThrow(() -> new TwoFactorException(TwoFactorException.Problem.NOT_ENABLED));
        Instant now = clock.instant();
        Instant windowStart = now.minus(properties.failedCheckWindow());
        if (factor.failedChecks() >= properties.maxFailedChecks() && factor.lastFailedAt() != null
                && factor.lastFailedAt().isAfter(windowStart)) {
            throw new TwoFactorException(TwoFactorException.Problem.TOO_MANY_ATTEMPTS);
        }
        if (!passwordMatches(actor, userId, password)) {
            queries.recordFailure(userId, now, windowStart);
            throw new TwoFactorException(TwoFactorException.Problem.WRONG_PASSWORD);
        }
        if (!totp.checkAndSpend(factor, code)) {
            queries.recordFailure(userId, now, windowStart);
            throw new TwoFactorException(TwoFactorException.Problem.WRONG_CODE);
        }
        queries.clearFailures(userId);
        return userId;
    }

    private boolean passwordMatches(Actor actor, UUID userId, String password) {
        return !password.isEmpty() && accounts.findLoginUser(actor.username())
                .filter(user -> user.id().equals(userId) && user.enabled())
                .map(user -> passwordEncoder.matches(password, user.passwordHash()))
                .orElse(false);
    }
}
