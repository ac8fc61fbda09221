package dev.keydesk.apikey;

import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.KeyTables;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestKeys;
import org.springframework.beans.factory.annotation.Autowired;

/** The service tests' shared context (H2) and helpers; each test works on accounts of its own. */
@IntegrationTest
abstract class KeyServiceTestBase {

    @Autowired
    ApiKeyService keys;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;
    @Autowired
    KeyTables tables;
    @Autowired
    TestKeys testKeys;

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
