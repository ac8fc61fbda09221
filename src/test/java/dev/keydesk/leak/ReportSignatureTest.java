package dev.keydesk.leak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** GitHub's documented test vector for its secret scanning partner program. */
class ReportSignatureTest {

    static final String GITHUB_KEY_IDENTIFIER = "bcb53661c06b4728e59d897fb6165d5c9cda0fd9cdf9d09ead458168deb7518c";
    static final String GITHUB_PUBLIC_KEY = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEYAGMWO8XgCamYKMJS6jc/qgvSlAdAjPuDPRcXU22Yxg"
            + "Brz+zoN19MzuRyW87qEt9/AmtoNP5GrobzUvQSyJFVw==";
    static final String GITHUB_BODY = "[{\"source\":\"commit\",\"token\":\"some_token\",\"type\":\"some_type\","
            + "\"url\":\"https://example.com/base-repo-url/\"}]";
    static final String GITHUB_SIGNATURE = "MEQCIQDaMKqrGnE27S0kgMrEK0eYBmyG0LeZismAEz/BgZyt7AIfXt9fErtRS4XaeSt/AO1RtB"
            + "Y66YcAdjxji410VQV4xg==";

    private final PublicKey key = PublicKeys.parseKey(GITHUB_PUBLIC_KEY);
    private final byte[] body = GITHUB_BODY.getBytes(StandardCharsets.UTF_8);

    @Test
    void github_test_vector_verifies() {
        assertThat(ReportSignature.verifies(key, body, GITHUB_SIGNATURE)).isTrue();
    }

    @Test
    void github_test_vector_verifies_with_the_key_in_pem_form() {
        PublicKey fromPem = PublicKeys.parseKey(TestReports.pem(key));
        assertThat(ReportSignature.verifies(fromPem, body, GITHUB_SIGNATURE)).isTrue();
    }

    @Test
    void one_flipped_byte_in_the_body_does_not_verify() {
        for (int i = 0; i < body.length; i++) {
            byte[] tampered = body.clone();
            tampered[i] ^= 0x01;
            assertThat(ReportSignature.verifies(key, tampered, GITHUB_SIGNATURE)).as("byte %d", i).isFalse();
        }
    }

    @Test
    void one_flipped_byte_in_the_signature_does_not_verify() {
        byte[] signature = Base64.getDecoder().decode(GITHUB_SIGNATURE);
        for (int i = 0; i < signature.length; i++) {
            byte[] tampered = signature.clone();
            tampered[i] ^= 0x01;
            assertThat(ReportSignature.verifies(key, body, Base64.getEncoder().encodeToString(tampered)))
                    .as("byte %d", i).isFalse();
        }
    }

    @Test
    void a_signature_by_another_key_does_not_verify() {
        String other = TestReports.sign(TestReports.newPair().getPrivate(), body);
        assertThat(ReportSignature.verifies(key, body, other)).isFalse();
    }

    @Test
    void a_signature_that_is_not_base64_der_does_not_verify() {
        assertThat(ReportSignature.verifies(key, body, "not base64!")).isFalse();
        assertThat(ReportSignature.verifies(key, body, "")).isFalse();
        assertThat(ReportSignature.verifies(key, body, Base64.getEncoder().encodeToString(new byte[70]))).isFalse();
    }

    @Test
    void a_key_that_is_not_p256_is_refused() throws Exception {
        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String rsaKey = Base64.getEncoder().encodeToString(rsa.generateKeyPair().getPublic().getEncoded());
        assertThatThrownBy(() -> PublicKeys.parseKey(rsaKey)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicKeys.parseKey("garbage")).isInstanceOf(IllegalArgumentException.class);
    }
}
