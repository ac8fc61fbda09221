package dev.keydesk.apiauth;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import dev.keydesk.apikey.Access;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.Expiration;
import dev.keydesk.apikey.KeyPermissions.Preset;
import dev.keydesk.apikey.KeyRequest;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.apikey.PlatformService;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Permissions and allowed addresses as the verify endpoint and the customer API enforce them. */
@IntegrationTest
@AutoConfigureMockMvc
class KeyRestrictionsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;

    TestCustomer customer;

    @BeforeEach
    void newCustomer() {
        customer = accounts.newCustomer();
    }

    @Test
    void a_restricted_key_is_valid_only_for_a_named_service_and_access_it_has_from_a_listed_address()
            throws Exception {
        NewApiKey key = generate(Preset.RESTRICTED, Map.of(PlatformService.TEXT_GENERATION, Access.WRITE,
                PlatformService.AGENTS, Access.READ), "203.0.113.0/24\n2001:db8::/32");

        verify(key, "\"service\": \"text-generation\", \"access\": \"write\", \"client_ip\": \"203.0.113.7\"")
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.code").value("VALID"))
                .andExpect(jsonPath("$.key.id").value(key.key().id().toString()))
                .andExpect(jsonPath("$.expires_at").isEmpty())
                .andExpect(jsonPath("$.permissions.text-generation").value("write"))
                .andExpect(jsonPath("$.permissions.text-to-speech").value("none"))
                .andExpect(jsonPath("$.permissions.speech-to-text").value("none"))
                .andExpect(jsonPath("$.permissions.agents").value("read"))
                .andExpect(jsonPath("$.allowed_ips[0]").value("203.0.113.0/24"))
                .andExpect(jsonPath("$.allowed_ips[1]").value("2001:db8::/32"));
        refused(key, "\"service\": \"agents\", \"access\": \"write\", \"client_ip\": \"203.0.113.7\"",
                "INSUFFICIENT_PERMISSION");
        refused(key, "\"service\": \"text-to-speech\", \"access\": \"read\", \"client_ip\": \"203.0.113.7\"",
                "INSUFFICIENT_PERMISSION");
        refused(key, "\"client_ip\": \"203.0.113.7\"", "INSUFFICIENT_PERMISSION");
        refused(key, "\"service\": \"text-generation\", \"access\": \"write\"", "IP_NOT_ALLOWED");
        refused(key, "\"service\": \"text-generation\", \"access\": \"write\", \"client_ip\": \"198.51.100.1\"",
                "IP_NOT_ALLOWED");
        refused(key, "\"service\": \"agents\", \"access\": \"read\", \"client_ip\": \"::ffff:203.0.113.9\"", "VALID");
    }

    @Test
    void an_all_key_needs_nothing_named_and_answers_every_service_with_write() throws Exception {
        NewApiKey key = generate(Preset.ALL, Map.of(), null);

        verify(key, null)
                .andExpect(jsonPath("$.code").value("VALID"))
                .andExpect(jsonPath("$.permissions.agents").value("write"))
                .andExpect(jsonPath("$.allowed_ips").isArray())
                .andExpect(jsonPath("$.allowed_ips").isEmpty());
    }

    @Test
    void unknown_services_accesses_and_wrong_types_are_malformed_requests() throws Exception {
        NewApiKey key = generate(Preset.ALL, Map.of(), null);
        verify(key, "\"service\": \"image-generation\"").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("malformed_request"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("text-generation")));
        verify(key, "\"access\": \"admin\"").andExpect(status().isBadRequest());
        verify(key, "\"access\": \"none\"").andExpect(status().isBadRequest());
        verify(key, "\"client_ip\": 42").andExpect(status().isBadRequest());
    }

    @Test
    void the_customer_api_refuses_a_listed_key_from_another_address_with_403() throws Exception {
        NewApiKey key = generate(Preset.ALL, Map.of(), "203.0.113.7");

        me(key, "203.0.113.7").andExpect(status().isOk())
                .andExpect(jsonPath("$.key.id").value(key.key().id().toString()));
        me(key, "198.51.100.1").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("ip_not_allowed"));
        me(key, "::ffff:203.0.113.7").andExpect(status().isOk());
    }

    @Test
    void the_customer_api_needs_read_on_some_service() throws Exception {
        NewApiKey key = generate(Preset.RESTRICTED, Map.of(PlatformService.AGENTS, Access.READ), null);
        me(key, "127.0.0.1").andExpect(status().isOk());

        signedIn.as(customer.username(), () -> keys.changeAccess(key.key().id(), Preset.RESTRICTED, Map.of(), null));

        me(key, "127.0.0.1").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("insufficient_permission"));
    }

    @Test
    void an_expired_key_gets_401_from_the_customer_api() throws Exception {
        NewApiKey key = generate(Preset.ALL, Map.of(), null);
        jdbc.sql("update api_key set expires_at = ? where id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), key.key().id()).update();

        me(key, "127.0.0.1").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_api_key"));
        refused(key, null, "EXPIRED");
    }

    private NewApiKey generate(Preset preset, Map<PlatformService, Access> access, @Nullable String allowedIps) {
        return signedIn.as(customer.username(), () -> keys.generate(customer.accountId(), new KeyRequest(
                "Key " + System.nanoTime(), Expiration.NEVER, null, preset, access, allowedIps)));
    }

    private ResultActions verify(NewApiKey key, @Nullable String fields) throws Exception {
        String body = "{\"key\": \"" + key.secret() + "\"" + (fields == null ? "" : ", " + fields) + "}";
        return mvc.perform(post("/api/v1/keys/verify").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Authorization", "Bearer " + VerifyEndpointTest.TOKEN));
    }

    private void refused(NewApiKey key, @Nullable String fields, String code) throws Exception {
        verify(key, fields).andExpect(status().isOk()).andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.valid").value(code.equals("VALID")));
    }

    private ResultActions me(NewApiKey key, String address) throws Exception {
        return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + key.secret())
                .with(VerifyEndpointTest.from(address)));
    }
}
