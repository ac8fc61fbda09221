package dev.keydesk.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the users a fresh installation needs (demo users in the default profile, the bootstrap
 * support user in {@code prod}) once every bean exists, Flyway's migration included, but before the
 * context starts its lifecycle beans: the web server binds its port, and readiness turns UP, only
 * after this. Done later (an ApplicationRunner), the first sign-in right after a start could fail.
 */
@Component
class StartupUsers implements SmartInitializingSingleton {

    private final ObjectProvider<DemoData> demoData;
    private final BootstrapSupportUser bootstrapSupportUser;

    StartupUsers(ObjectProvider<DemoData> demoData, BootstrapSupportUser bootstrapSupportUser) {
        this.demoData = demoData;
        this.bootstrapSupportUser = bootstrapSupportUser;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // Demo data first: it brings its own support user, so the bootstrap one is then not needed.
        demoData.ifAvailable(DemoData::createIfEmpty);
        bootstrapSupportUser.createIfMissing();
    }
}
