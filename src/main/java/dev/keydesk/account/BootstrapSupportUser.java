package dev.keydesk.account;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the configured support user on start when the database has no support user yet, so a
 * production installation (which has no demo users) can be looked after. Runs once the application
 * is ready, so after the demo data (an ApplicationRunner); a refused password fails the start.
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

    @EventListener(ApplicationReadyEvent.class)
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
        provisioning.createSupportUser(username, properties.password());
        log.info("Created the bootstrap support user {}", username);
    }
}
