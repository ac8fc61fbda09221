package dev.keydesk.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.keydesk.signin.SignInAttemptQueries.Counted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whether an attempt is refused, from the database every node shares. A username is locked
 * while its last {@code max-failures-per-user} counted attempts within the window are all failures (a
 * success, or support lifting the lock, starts the count afresh); an address while it has
 * {@code max-failures-per-address} failures within the window (successes do not reset it, or one
 * account of their own would let an attacker keep guessing others). Refused attempts are not
 * failures, so retrying never extends a lock: it ends one window after the oldest failure that made it.
 */
@Service
public class SignInThrottle {

    private final SignInAttemptQueries queries;
    private final SignInProperties properties;
    private final Clock clock;

    SignInThrottle(SignInAttemptQueries queries, SignInProperties properties, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the attempt must be refused without checking its password. */
    @Transactional(readOnly = true)
    public boolean refuses(SignInAttempt attempt) {
        return refuses(attempt, SignInFactor.PASSWORD);
    }

    /**
     * Whether an attempt at the given step must be refused without checking it. Each step has its own
     * count per user (a right password must not reset the count of wrong codes, or a thief with the
     * password could guess codes for ever); failures of both steps count towards the address's limit.
     */
    @Transactional(readOnly = true)
    boolean refuses(SignInAttempt attempt, SignInFactor factor) {
        return lockedUntil(attempt.usernameKey(), factor).isPresent()
                || (attempt.clientAddress() != null && addressLockedUntil(attempt.clientAddress()).isPresent());
    }

    /** Until when the username is locked, if it is now: for passwords, for codes, or the later of both. */
    @Transactional(readOnly = true)
    public Optional<Instant> userLockedUntil(String usernameKey) {
        Optional<Instant> password = lockedUntil(usernameKey, SignInFactor.PASSWORD);
        Optional<Instant> code = lockedUntil(usernameKey, SignInFactor.CODE);
        return password.isEmpty() ? code : code.filter(until -> until.isAfter(password.get())).or(() -> password);
    }

    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String usernameKey, SignInFactor factor) {
        int max = properties.maxFailuresPerUser();
        List<Counted> latest = queries.latestCounted(usernameKey, factor.family(), windowStart(), max);
        if (latest.size() < max || latest.stream().anyMatch(counted -> counted.outcome() != SignInOutcome.FAILED)) {
            return Optional.empty();
        }
        return Optional.of(latest.getLast().at().plus(properties.window()));
    }

    /** Until when the client address is locked, if it is now. */
    @Transactional(readOnly = true)
    public Optional<Instant> addressLockedUntil(String clientAddress) {
        int max = properties.maxFailuresPerAddress();
        List<Instant> latest = queries.latestAddressFailures(clientAddress, windowStart(), max);
        return latest.size() < max ? Optional.empty() : Optional.of(latest.getLast().plus(properties.window()));
    }

    Instant windowStart() {
        return clock.instant().minus(properties.window());
    }
}
