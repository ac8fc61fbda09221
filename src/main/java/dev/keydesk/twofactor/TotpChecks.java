package dev.keydesk.twofactor;

import java.time.Clock;
import java.util.Arrays;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Checks a typed code against a stored factor and spends its time step, so the same code never works twice. */
@Component
class TotpChecks {

    private static final Logger log = LoggerFactory.getLogger(TotpChecks.class);

    private final SecretCipher cipher;
    private final FactorQueries queries;
    private final Clock clock;

    TotpChecks(SecretCipher cipher, FactorQueries queries, Clock clock) {
        this.cipher = cipher;
        this.queries = queries;
        this.clock = clock;
    }

    /** True when the code is valid now and its step was not used before; that step is used from now on. */
    boolean checkAndSpend(StoredFactor factor, String typed) {
        OptionalLong step = matchingStep(factor, typed);
        return step.isPresent() && queries.useStep(factor.userId(), step.getAsLong());
    }

    /** The time step the code belongs to, if it is valid now and later than the last used one. */
    OptionalLong matchingStep(StoredFactor factor, String typed) {
        String code = Totp.normalize(typed);
        if (code.length() != Totp.DIGITS) {
            return OptionalLong.empty();
        }
        byte[] secret;
        try {
            secret = cipher.decrypt(factor.secretEncrypted(), factor.userId());
        } catch (UndecryptableSecretException e) {
            // The operator's key is wrong or gone: no code can be right; recovery codes still work.
            log.error("{}; no code of this user can be checked", e.getMessage());
            return OptionalLong.empty();
        }
        try {
            return Totp.matchingStep(secret, code, clock.instant(), factor.lastUsedStep());
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
