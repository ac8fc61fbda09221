package dev.keydesk.apiauth;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.keydesk.apikey.KeyFormat;
import dev.keydesk.testsupport.InsertedKeys;
import dev.keydesk.testsupport.InsertedKeys.TestKey;
import dev.keydesk.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@AutoConfigureMockMvc
class VerifyEndpointTest {

    static final String TOKEN = "test-service-token-for-model-services-0001";
    static final String SECOND_TOKEN = "second-test-service-token-0000000002";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void valid_key_is_answered_valid_with_its_account_and_key() throws Exception {
        TestKey key = InsertedKeys.insert(jdbc);
        verify(TOKEN, body(key.secret()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.code").value("VALID"))
                .andExpect(jsonPath("$.account.id").value(key.accountId().toString()))
                .andExpect(jsonPath("$.account.name").value(key.accountName()))
                .andExpect(jsonPath("$.key.id").value(key.keyId().toString()))
                .andExpect(jsonPath("$.key.name").value(key.keyName()));
    }

    @Test
    void every_configured_service_token_is_accepted() throws Exception {
        TestKey key = InsertedKeys.insert(jdbc);
        verify(SECOND_TOKEN, body(key.secret())).andExpect(status().isOk()).andExpect(jsonPath("$.code").value("VALID"));
    }

    @Test
    void key_with_a_bad_checksum_is_answered_malformed() throws Exception {
        String secret = InsertedKeys.insert(jdbc).secret();
        String badChecksum = secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");
        refused(badChecksum, "MALFORMED");
        refused("not a key", "MALFORMED");
    }

    @Test
    void unknown_key_is_answered_not_found() throws Exception {
        refused(new KeyFormat(new SecureRandom()).generate(), "NOT_FOUND");
    }

    @Test
    void deleted_key_is_answered_deleted() throws Exception {
        TestKey key = InsertedKeys.insert(jdbc);
        InsertedKeys.markDeleted(jdbc, key.keyId());
        refused(key.secret(), "DELETED");
    }

    @Test
    void deactivated_key_is_answered_deactivated() throws Exception {
        TestKey key = InsertedKeys.insert(jdbc);
        InsertedKeys.markDeactivated(jdbc, key.keyId());
        refused(key.secret(), "DEACTIVATED");
    }

    @Test
    void expired_key_is_answered_expired() throws Exception {
        TestKey key = InsertedKeys.insert(jdbc);
        jdbc.sql("update api_key set expires_at = ? where id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), key.keyId()).update();
        refused(key.secret(), "EXPIRED");
    }

    @Test
    void missing_service_token_is_refused_401() throws Exception {
        mvc.perform(post(VerifyController.PATH).with(from("10.1.0.1")).contentType(MediaType.APPLICATION_JSON)
                        .content(body("kd_x")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("invalid_service_token"));
    }

    @Test
    void wrong_service_token_is_refused_401() throws Exception {
        verify("wrong-token", body("kd_x"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_service_token"));
    }

    @Test
    void an_api_key_is_not_a_service_token() throws Exception {
        TestKey key = InsertedKeys.insert(jdbc);
        verify(key.secret(), body(key.secret())).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_service_token"));
        mvc.perform(post(VerifyController.PATH).header("api-key", key.secret()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(key.secret())))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_service_token_is_not_an_api_key() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_api_key"));
    }

    @Test
    void malformed_json_is_refused_400() throws Exception {
        verify(TOKEN, "{\"key\": ").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("malformed_request"));
    }

    @Test
    void body_without_a_key_string_is_refused_400() throws Exception {
        verify(TOKEN, "{\"key\": 42}").andExpect(status().isBadRequest());
        verify(TOKEN, "[]").andExpect(status().isBadRequest());
        verify(TOKEN, "").andExpect(status().isBadRequest());
    }

    @Test
    void oversized_body_is_refused_413() throws Exception {
        verify(TOKEN, body("x".repeat(9 * 1024)))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("payload_too_large"));
    }

    @Test
    void failing_keys_do_not_throttle_the_verify_endpoint() throws Exception {
        for (int i = 0; i < 40; i++) {
            verify(TOKEN, body("kd_not-a-key-" + i), "10.1.0.2").andExpect(status().isOk())
                    .andExpect(jsonPath("$.code").value("MALFORMED"));
        }
    }

    @Test
    void failed_service_token_attempts_are_throttled_but_the_right_token_still_works() throws Exception {
        String address = "10.1.0.3";
        for (int i = 0; i < 30; i++) {
            verify("wrong-token-" + i, body("kd_x"), address).andExpect(status().isUnauthorized());
        }
        verify("wrong-token", body("kd_x"), address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.error").value("rate_limited"));
        verify(TOKEN, body("kd_x"), address).andExpect(status().isOk());
    }

    private void refused(String secret, String code) throws Exception {
        verify(TOKEN, body(secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.account").doesNotExist())
                .andExpect(jsonPath("$.key").doesNotExist());
    }

    private ResultActions verify(String token, String body) throws Exception {
        return verify(token, body, "10.1.0.100");
    }

    private ResultActions verify(String token, String body, String address) throws Exception {
        return mvc.perform(post(VerifyController.PATH).with(from(address)).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static String body(String key) {
        return "{\"key\": \"" + key + "\"}";
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
