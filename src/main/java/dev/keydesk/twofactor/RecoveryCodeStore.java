package dev.keydesk.twofactor;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Recovery codes as stored: a bcrypt hash each, spent by one conditional update. bcrypt at a low cost is
 * enough: a code has about 52 random bits, so even a fast bcrypt leaves a stolen table unguessable, while a
 * check against all ten codes stays quick.
 */
@Component
class RecoveryCodeStore {

    static final int BCRYPT_COST = 6;

    private final BCryptPasswordEncoder hasher = new BCryptPasswordEncoder(BCRYPT_COST);
    private final FactorQueries queries;
    private final Clock clock;

    RecoveryCodeStore(FactorQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** A new set replaces every earlier code, used or not. Must run inside the caller's transaction. */
    RecoveryCodes replace(UUID userId) {
        RecoveryCodes codes = RecoveryCodes.generate();
        queries.replaceRecoveryCodes(userId, codes.codes().stream().map(hasher::encode).toList(), clock.instant());
        return codes;
    }

    /** Spends the code if it is one of the user's unused ones; true when this call spent it. */
    boolean spend(UUID userId, String typed) {
        Optional<String> code = RecoveryCodes.canonical(typed);
        if (code.isEmpty()) {
            return false;
        }
        List<FactorQueries.StoredCode> unused = queries.unusedRecoveryCodes(userId);
        for (FactorQueries.StoredCode stored : unused) {
            if (hasher.matches(code.get(), stored.hash())) {
                return queries.spendRecoveryCode(stored.id(), clock.instant());
            }
        }
        return false;
    }

    int remaining(UUID userId) {
        return queries.countUnusedRecoveryCodes(userId);
    }
}
