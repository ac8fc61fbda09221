package dev.keydesk.leak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A code host for tests: a P-256 key pair made once per test JVM, its public key written to the
 * keys file that the test profile names, and signed reports in GitHub's format.
 */
public final class TestReports {

    public static final Path KEYS_FILE = Path.of("target/test-secret-scanning-keys.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final KeyPair PAIR = newPair();
    public static final String KEY_IDENTIFIER = HexFormat.of().formatHex(PAIR.getPublic().getEncoded(), 27, 59);

    static {
        writeKeysFile(KEYS_FILE, Map.of(KEY_IDENTIFIER, PAIR.getPublic()));
    }

    private TestReports() {
    }

    /** The report body for these tokens, each found at its own URL of one repository. */
    public static byte[] body(List<String> tokens, String url) {
        return JSON.writeValueAsBytes(tokens.stream()
                .map(token -> Map.of("token", token, "type", "keydesk_api_key", "url", url, "source", "commit"))
                .toList());
    }

    public static String sign(byte[] body) {
        return sign(PAIR.getPrivate(), body);
    }

    public static String sign(PrivateKey key, byte[] body) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(key);
            signature.update(body);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair newPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** A key list in the format GitHub publishes. */
    public static String keyList(Map<String, PublicKey> keys) {
        return JSON.writeValueAsString(Map.of("public_keys", keys.entrySet().stream()
                .map(entry -> Map.of("key_identifier", entry.getKey(), "key", pem(entry.getValue()),
                        "is_current", true))
                .toList()));
    }

    public static void writeKeysFile(Path file, Map<String, PublicKey> keys) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "keys", ".json");
            Files.writeString(temporary, keyList(keys));
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
