package dev.keydesk.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The contract's demo users, created on a database without users (never in the prod profile). */
@Component
@ConditionalOnProperty(name = "keydesk.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserProvisioning provisioning;

    DemoData(UserProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (provisioning.hasUsers()) {
            return;
        }
        provisioning.createAccountWithOwner("Acme Corp", "customer", "customer@acme.example", "customer-password");
        provisioning.createAccountWithOwner("Globex", "customer2", "customer2@globex.example", "customer2-password");
        provisioning.createSupportUser("support", "support-password");
        log.info("Created the demo users: customer, customer2, support");
    }
}
