package dev.keydesk.signin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dev.keydesk.account.UserProvisioning;
import dev.keydesk.testsupport.CountingPasswordEncoder;
import dev.keydesk.testsupport.MutableClock;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestSecondFactors;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The dashboard's form login through Spring Security's real filter chain (MockMvc with the form's CSRF
 * token), on a clock the tests move and an encoder that counts password checks. Every test uses fresh
 * users and client addresses, so the shared database's counters never mix.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({SignInTestBase.Fixtures.class, TestSecondFactors.Config.class})
abstract class SignInTestBase {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) KeydeskTest/1.0";

    @TestConfiguration
    static class Fixtures {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean
        @Primary
        CountingPasswordEncoder countingPasswordEncoder() {
            return new CountingPasswordEncoder();
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    CountingPasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    WebApplicationContext context;
    @Autowired
    TestSecondFactors factors;

    MockMvc mvc;
    TestAccounts accounts;
    SignedIn signedIn;

    @BeforeEach
    void fixtures() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        accounts = new TestAccounts(provisioning, jdbc);
        signedIn = SignedIn.in(context);
    }

    /** POST /login as the Vaadin login form sends it, from the given client address. */
    ResultActions logIn(String username, String password, String address) throws Exception {
        return logIn(username, password, address, BROWSER);
    }

    /** Each attempt is a second after the previous one, so their order in the database is never a tie. */
    ResultActions logIn(String username, String password, String address, String userAgent) throws Exception {
        clock.advance(Duration.ofSeconds(1));
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .header("User-Agent", userAgent)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    /** A client address no other test uses (documentation range 2001:db8::/32). */
    static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:%x:%x::%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000),
                random.nextInt(1, 0x10000));
    }

    TestCustomer newCustomer() {
        return accounts.newCustomer();
    }

    String newSupportUser() {
        String username = "support-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.createSupportUser(username, TestCustomer.PASSWORD);
        return username;
    }

    List<Map<String, Object>> auditRows(UUID accountId) {
        return jdbc.sql("select * from audit_event where account_id = ? order by occurred_at, action")
                .param(accountId).query().listOfRows();
    }

    List<Map<String, Object>> attempts(String usernameKey) {
        return jdbc.sql("select * from sign_in_attempt where username_key = ? order by attempted_at")
                .param(usernameKey).query().listOfRows();
    }
}
