package dev.keydesk.apikey;

import dev.keydesk.account.UserProvisioning;
import dev.keydesk.testsupport.KeyTables;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestKeys;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The service tests' shared context (H2) and helpers; each test works on accounts of its own. */
@SpringBootTest
@ActiveProfiles("test")
abstract class KeyServiceTestBase {

    @Autowired
    ApiKeyService keys;

    SignedIn signedIn;
    TestAccounts accounts;
    KeyTables tables;
    TestKeys testKeys;

    @Autowired
    void helpers(UserDetailsService users, UserProvisioning provisioning, JdbcClient jdbc) {
        signedIn = new SignedIn(users);
        accounts = new TestAccounts(provisioning, jdbc);
        tables = new KeyTables(jdbc);
        testKeys = new TestKeys(keys, signedIn);
    }

    NewApiKey generate(TestCustomer customer, String name) {
        return testKeys.generate(customer, name);
    }

    ApiKeySummary rename(TestCustomer customer, NewApiKey key, String name) {
        return testKeys.rename(customer, key, name);
    }

    void delete(TestCustomer customer, NewApiKey key) {
        testKeys.delete(customer, key);
    }
}
