package dev.keydesk.apiauth;

import dev.keydesk.testsupport.ApiClient;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.KeyTables;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real server on a random port, called over real HTTP, as integrations call it. */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestKeys testKeys;
    @Autowired
    KeyTables tables;

    ApiClient api;

    @Autowired
    void client(@LocalServerPort int port) {
        api = new ApiClient(port);
    }
}
