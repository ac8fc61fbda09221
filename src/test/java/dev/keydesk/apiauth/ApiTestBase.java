package dev.keydesk.apiauth;

import dev.keydesk.account.UserProvisioning;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.testsupport.ApiClient;
import dev.keydesk.testsupport.KeyTables;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** A real server on a random port, called over real HTTP, as integrations call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class ApiTestBase {

    ApiClient api;
    TestAccounts accounts;
    TestKeys testKeys;
    KeyTables tables;

    @Autowired
    void helpers(@LocalServerPort int port, ApiKeyService keys, UserDetailsService users,
            UserProvisioning provisioning, JdbcClient jdbc) {
        api = new ApiClient(port);
        accounts = new TestAccounts(provisioning, jdbc);
        testKeys = new TestKeys(keys, new SignedIn(users));
        tables = new KeyTables(jdbc);
    }
}
