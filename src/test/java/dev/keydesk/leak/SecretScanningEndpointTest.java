package dev.keydesk.leak;

import static dev.keydesk.leak.LeakFixture.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import java.util.List;

import dev.keydesk.apikey.KeyHasher;
import dev.keydesk.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.context.WebApplicationContext;

/** The endpoint as a code host sees it: the signature is the credential, and a refusal changes nothing. */
@IntegrationTest
class SecretScanningEndpointTest {

    private static final String URL = "https://github.com/acme/app/blob/abc123/config.yml";

    @Autowired
    WebApplicationContext context;

    LeakFixture fixture;
    LeakFixture.Owner owner;
    String key;

    @BeforeEach
    void liveKey() {
        fixture = new LeakFixture(context);
        owner = fixture.newAccount();
        key = fixture.generateKey(owner, "Production");
    }

    @Test
    void signed_report_of_a_live_key_answers_true_positive_and_the_key_stops_working_at_once() throws Exception {
        fixture.me(key).andExpect(status().isOk());
        fixture.report(TestReports.body(List.of(key), URL))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].token_hash").value(KeyHasher.sha256Hex(key)))
                .andExpect(jsonPath("$[0].token_type").value("keydesk_api_key"))
                .andExpect(jsonPath("$[0].label").value("true_positive"));
        fixture.me(key).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("invalid_api_key"));
        assertThat(fixture.status(key)).isEqualTo("DEACTIVATED");
    }

    @Test
    void the_deactivation_is_in_the_activity_log_by_automatic_with_url_and_source() throws Exception {
        fixture.report(TestReports.body(List.of(key), URL)).andExpect(status().isOk());
        assertThat(fixture.auditRows(owner.accountId(), "KEY_DEACTIVATED")).containsExactly(
                "Automatic | Production | Found publicly at " + URL + " (source: commit) | publicly disclosed");
    }

    @Test
    void a_report_with_a_wrong_signature_is_refused_and_changes_nothing() throws Exception {
        byte[] body = TestReports.body(List.of(key), URL);
        byte[] signature = Base64.getDecoder().decode(TestReports.sign(body));
        signature[signature.length - 1] ^= 0x01;
        fixture.report(body, TestReports.KEY_IDENTIFIER, Base64.getEncoder().encodeToString(signature))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_signature"));
        assertNothingChanged();
    }

    @Test
    void a_report_signed_for_another_body_is_refused() throws Exception {
        byte[] body = TestReports.body(List.of(key), URL);
        String signatureOfOtherBody = TestReports.sign(TestReports.body(List.of(key), URL + "x"));
        fixture.report(body, TestReports.KEY_IDENTIFIER, signatureOfOtherBody).andExpect(status().isUnauthorized());
        assertNothingChanged();
    }

    @Test
    void a_report_with_an_unknown_key_identifier_is_refused_and_changes_nothing() throws Exception {
        byte[] body = TestReports.body(List.of(key), URL);
        fixture.report(body, "0".repeat(64), TestReports.sign(body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_signature"));
        assertNothingChanged();
    }

    @Test
    void a_report_signed_by_an_untrusted_key_is_refused() throws Exception {
        byte[] body = TestReports.body(List.of(key), URL);
        String forged = TestReports.sign(TestReports.newPair().getPrivate(), body);
        fixture.report(body, TestReports.KEY_IDENTIFIER, forged).andExpect(status().isUnauthorized());
        assertNothingChanged();
    }

    @Test
    void a_report_without_signature_headers_is_refused_and_changes_nothing() throws Exception {
        fixture.mvc.perform(post(SecretScanningController.PATH).contentType(MediaType.APPLICATION_JSON)
                        .content(TestReports.body(List.of(key), URL)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("invalid_signature"));
        assertNothingChanged();
    }

    @Test
    void a_signed_report_that_is_not_valid_json_is_refused_with_400() throws Exception {
        byte[] body = bytes("[{\"token\":\"" + key + "\",\"type\":\"keydesk_api_key\"");
        fixture.report(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("malformed_report"));
        assertNothingChanged();
    }

    @Test
    void a_signed_report_of_the_wrong_shape_is_refused_with_400() throws Exception {
        fixture.report(bytes("{\"token\":\"" + key + "\",\"type\":\"keydesk_api_key\"}"))
                .andExpect(status().isBadRequest());
        assertNothingChanged();
    }

    @Test
    void a_report_larger_than_the_limit_is_refused_with_413_before_it_is_read() throws Exception {
        byte[] body = new byte[1024 * 1024 + 1];
        fixture.report(body)
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.error").value("report_too_large"));
    }

    @Test
    void a_get_on_the_endpoint_is_a_json_error_not_a_login_redirect() throws Exception {
        fixture.mvc.perform(get(SecretScanningController.PATH))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("method_not_allowed"));
    }

    private void assertNothingChanged() throws Exception {
        assertThat(fixture.status(key)).isEqualTo("ACTIVE");
        assertThat(fixture.auditRows(owner.accountId(), "KEY_DEACTIVATED")).isEmpty();
        fixture.me(key).andExpect(status().isOk());
    }
}
