package dev.keydesk.signin.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import dev.keydesk.account.UserProvisioning;
import dev.keydesk.security.KeydeskUser;
import dev.keydesk.signin.Factors;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestSecondFactors;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * Browserless tests of the sign-in stages: sessions as the password step and the second step leave them,
 * second factors the test sets ({@link TestSecondFactors}), and the {@code prod} policy for support staff
 * switched on (fresh support users, so no other test's support user is affected).
 */
@Import(TestSecondFactors.Config.class)
@TestPropertySource(properties = "keydesk.two-factor-policy.required-for-support=true")
abstract class GateTestBase extends BrowserlessTestBase {

    static final String CODE = "246810";

    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestSecondFactors factors;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        contexts.clearContext();
    }

    TestCustomer enrolledCustomer() {
        TestCustomer customer = accounts.newCustomer();
        factors.enrol(customer.userId(), CODE, "aaaaa-11111");
        return customer;
    }

    String newSupportUser() {
        String username = "support-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.createSupportUser(username, TestCustomer.PASSWORD);
        return username;
    }

    UUID userId(String username) {
        return ((KeydeskUser) users.loadUserByUsername(username)).id();
    }

    /** The session after the right password of an enrolled person: the password factor, no role. */
    void passwordOnly(String username) {
        KeydeskUser user = (KeydeskUser) users.loadUserByUsername(username);
        signIn(user, List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
    }

    /** A complete session: the role, the password and, if asked for, the second factor. */
    void complete(String username, boolean withSecondFactor) {
        KeydeskUser user = (KeydeskUser) users.loadUserByUsername(username);
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        if (withSecondFactor) {
            authorities.add(FactorGrantedAuthority.fromAuthority(Factors.TOTP));
        }
        signIn(user, authorities);
    }

    private void signIn(KeydeskUser user, List<GrantedAuthority> authorities) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        contexts.setContext(context);
    }

    /**
     * Every route of the application as a location to open, found by Vaadin's route registry (so a new view
     * is covered without changing the test); route parameters get a real account's id.
     */
    List<String> everyRoute() {
        UUID accountId = accounts.demoCustomer("customer").accountId();
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .map(template -> template.replaceAll(":[A-Za-z]+[^/]*", accountId.toString()))
                .sorted()
                .toList();
    }

    /** Opens the location as a person would and answers where they ended up. */
    String open(String location) {
        UI.getCurrent().navigate(location);
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
