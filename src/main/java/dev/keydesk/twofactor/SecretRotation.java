package dev.keydesk.twofactor;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, re-encrypts with the current key every secret still encrypted with the previous one
 * ({@code KEYDESK_ENCRYPTION_KEY_PREVIOUS}), so the previous key can be dropped at the next start. Each row
 * is replaced only if unchanged since it was read, so nodes starting together do the work once.
 */
@Component
class SecretRotation {

    private static final Logger log = LoggerFactory.getLogger(SecretRotation.class);

    private final FactorQueries queries;
    private final SecretCipher cipher;

    SecretRotation(FactorQueries queries, SecretCipher cipher) {
        this.queries = queries;
        this.cipher = cipher;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        Result result = rotate();
        if (result.rotated() > 0) {
            log.info("Re-encrypted {} second-factor secrets with the current encryption key", result.rotated());
        }
        if (result.undecryptable() > 0) {
            log.error("{} second-factor secrets open with neither KEYDESK_ENCRYPTION_KEY nor "
                    + "KEYDESK_ENCRYPTION_KEY_PREVIOUS; their users cannot use their codes (see docs/security.md, "
                    + "\"The encryption key\")", result.undecryptable());
        }
    }

    Result rotate() {
        int rotated = 0;
        int undecryptable = 0;
        for (FactorQueries.EncryptedSecret stored : queries.allSecrets()) {
            if (cipher.isCurrent(stored.value())) {
                continue;
            }
            try {
                byte[] secret = cipher.decrypt(stored.value(), stored.userId());
                String again = cipher.encrypt(secret, stored.userId());
                Arrays.fill(secret, (byte) 0);
                if (queries.replaceSecret(stored.userId(), stored.value(), again)) {
                    rotated++;
                }
            } catch (UndecryptableSecretException e) {
                log.warn(e.getMessage());
                undecryptable++;
            }
        }
        return new Result(rotated, undecryptable);
    }

    record Result(int rotated, int undecryptable) {
    }
}
