package dev.keydesk.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The contract's demo users, created on a database without users (never in the prod profile).
 * Run by {@link StartupUsers} before the web server accepts requests.
 */
@Component
@ConditionalOnProperty(name = "keydesk.demo-data", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserProvisioning provisioning;

    DemoData(UserProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    void createIfEmpty() {
        if (provisioning.hasUsers()) {
            return;
        }
        provisioning.createAccountWithOwner("Acme Corp", "customer", "customer@acme.example", "customer-password");
        provisioning.createAccountWithOwner("Globex", "customer2", "customer2@globex.example", "customer2-password");
        provisioning.createSupportUser("support", "support-password");
        log.info("Created the demo users: customer, customer2, support");
    }
}
