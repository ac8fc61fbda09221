package dev.keydesk.account;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Creates the configured support user on start when the database has no support user yet, so a
 * production installation (which has no demo users) can be looked after. Run by {@link StartupUsers}
 * before the web server accepts requests, after the demo data; a refused password fails the start.
 */
@Component
class BootstrapSupportUser {

    private static final Logger log = LoggerFactory.getLogger(BootstrapSupportUser.class);

    private final UserProvisioning provisioning;
    private final PasswordPolicy passwords;
    private final BootstrapSupportProperties properties;

    BootstrapSupportUser(UserProvisioning provisioning, PasswordPolicy passwords,
            BootstrapSupportProperties properties) {
        this.provisioning = provisioning;
        this.passwords = passwords;
        this.properties = properties;
    }

    void createIfMissing() {
        if (provisioning.hasSupportUser()) {
            return;
        }
        if (!properties.isConfigured()) {
            log.warn("There is no support user. Set KEYDESK_BOOTSTRAP_SUPPORT_USERNAME and "
                    + "KEYDESK_BOOTSTRAP_SUPPORT_PASSWORD to create one on start.");
            return;
        }
        String username = Objects.requireNonNull(properties.username()).strip();
        // Fail the start rather than run with a guessable support password; never echo the password.
        passwords.problem(Objects.requireNonNull(properties.password())).ifPresent(problem -> {
            throw new IllegalStateException("KEYDESK_BOOTSTRAP_SUPPORT_PASSWORD is refused: " + problem);
        });
        try {
            provisioning.createSupportUser(username, properties.password());
            log.info("Created the bootstrap support user {}", username);
        } catch (DuplicateKeyException e) {
            // Nodes of a new cluster start together; the unique username lets exactly one of them create it.
            log.info("The bootstrap support user {} was created by another node", username);
        }
    }
}
