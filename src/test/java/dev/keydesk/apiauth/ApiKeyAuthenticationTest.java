package dev.keydesk.apiauth;

import static dev.keydesk.testsupport.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

import dev.keydesk.apikey.KeyFormat;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyAuthenticationTest extends ApiTestBase {

    TestCustomer acme;
    NewApiKey key;

    @BeforeEach
    void acmeHasAKey() {
        acme = accounts.demoCustomer("customer");
        key = testKeys.generate(acme, "Integration " + UUID.randomUUID());
    }

    /** The demo account is shared with other tests of this context: leave it as it was. */
    @AfterEach
    void removeTheKey() {
        if (tables.status(key.key().id()).equals("ACTIVE")) {
            testKeys.delete(acme, key);
        }
    }

    @Test
    void ping_answers_ok_without_a_key() {
        HttpResponse<String> response = api.get("/api/v1/ping");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json(response)).isEqualTo(Map.of("status", "ok"));
    }

    @Test
    void me_with_a_bearer_key_names_the_account_and_the_key() {
        HttpResponse<String> response = api.get("/api/v1/me", "Authorization", "Bearer " + key.secret());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json(response)).isEqualTo(expectedMe());
    }

    @Test
    void me_with_an_api_key_header_names_the_account_and_the_key() {
        HttpResponse<String> response = api.get("/api/v1/me", "api-key", key.secret());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(expectedMe());
    }

    @Test
    void a_missing_key_is_refused() {
        assertRefusedAsInvalidKey();
    }

    @Test
    void a_malformed_key_is_refused() {
        assertRefusedAsInvalidKey("Authorization", "Bearer not-a-key");
        assertRefusedAsInvalidKey("api-key", "kd_tooShort");
        assertRefusedAsInvalidKey("Authorization", "Basic Y3VzdG9tZXI6Y3VzdG9tZXItcGFzc3dvcmQ=");
    }

    @Test
    void a_key_with_a_wrong_checksum_is_refused() {
        String secret = key.secret();
        char last = secret.charAt(secret.length() - 1);
        String changed = secret.substring(0, secret.length() - 1) + (last == 'a' ? 'b' : 'a');

        assertRefusedAsInvalidKey("Authorization", "Bearer " + changed);
    }

    @Test
    void an_unknown_key_is_refused() {
        String neverIssued = new KeyFormat(new SecureRandom()).generate();

        assertRefusedAsInvalidKey("Authorization", "Bearer " + neverIssued);
    }

    @Test
    void a_deleted_key_is_refused() {
        testKeys.delete(acme, key);

        assertRefusedAsInvalidKey("Authorization", "Bearer " + key.secret());
        assertRefusedAsInvalidKey("api-key", key.secret());
    }

    @Test
    void a_deactivated_key_is_refused() {
        tables.deactivate(key.key().id());

        assertRefusedAsInvalidKey("Authorization", "Bearer " + key.secret());
    }

    @Test
    void an_unknown_api_path_with_a_valid_key_is_a_json_404() {
        HttpResponse<String> response = api.getWithKey("/api/v1/whatever", key.secret());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json(response)).containsEntry("error", "not_found");
    }

    @Test
    void a_wrong_method_with_a_valid_key_is_a_json_405_naming_the_allowed_ones() {
        HttpResponse<String> response = api.send("DELETE", "/api/v1/me", "Authorization", "Bearer " + key.secret());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertThat(json(response)).containsEntry("error", "method_not_allowed");
    }

    @Test
    void an_unknown_api_path_without_a_key_is_a_json_401() {
        HttpResponse<String> response = api.get("/api/whatever", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response)).containsEntry("error", "invalid_api_key");
    }

    @Test
    void a_key_in_the_query_string_is_refused_with_key_in_url() {
        assertKeyInUrl(api.get("/api/v1/me?api_key=" + key.secret()));
        assertKeyInUrl(api.get("/api/v1/me?api_key=anything"));
        assertKeyInUrl(api.get("/api/v1/ping?q=" + key.secret()));
        assertKeyInUrl(api.getWithKey("/api/v1/me?note=" + key.secret(), key.secret()));
    }

    @Test
    void a_key_in_the_path_is_refused_with_key_in_url() {
        assertKeyInUrl(api.get("/api/v1/keys/" + key.secret()));
    }

    @Test
    void no_api_response_sets_a_cookie() {
        assertThat(api.get("/api/v1/ping").headers().allValues("Set-Cookie")).isEmpty();
        assertThat(api.getWithKey("/api/v1/me", key.secret()).headers().allValues("Set-Cookie")).isEmpty();
        assertThat(api.get("/api/v1/me").headers().allValues("Set-Cookie")).isEmpty();
        assertThat(api.get("/api/v1/me", "Accept", "text/html").headers().allValues("Set-Cookie")).isEmpty();
        assertThat(api.getWithKey("/api/v1/whatever", key.secret()).headers().allValues("Set-Cookie")).isEmpty();
        assertThat(api.get("/api/v1/me?api_key=x").headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_huge_authorization_header_is_refused_without_a_server_error() {
        HttpResponse<String> response = api.get("/api/v1/me", "Authorization", "Bearer " + "k".repeat(100_000));

        assertThat(response.statusCode()).isIn(400, 401, 431);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    private Map<String, Object> expectedMe() {
        return Map.of(
                "account", Map.of("id", acme.accountId().toString(), "name", "Acme Corp"),
                "key", Map.of("id", key.key().id().toString(), "name", key.key().name()));
    }

    /** 401 JSON invalid_api_key, for API clients and for browsers alike: never HTML, never a redirect. */
    private void assertRefusedAsInvalidKey(String... headers) {
        for (String accept : new String[] {"application/json", "text/html", "*/*"}) {
            String[] withAccept = new String[headers.length + 2];
            System.arraycopy(headers, 0, withAccept, 0, headers.length);
            withAccept[headers.length] = "Accept";
            withAccept[headers.length + 1] = accept;

            HttpResponse<String> response = api.get("/api/v1/me", withAccept);

            assertThat(response.statusCode()).as("status with Accept: %s", accept).isEqualTo(401);
            assertThat(response.headers().firstValue("Location")).isEmpty();
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(json(response)).containsEntry("error", "invalid_api_key").containsKey("message");
        }
    }

    private static void assertKeyInUrl(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response)).containsEntry("error", "key_in_url");
    }
}
