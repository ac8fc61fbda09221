package dev.keydesk.twofactor;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code keydesk.encryption.*}: the key that encrypts second-factor secrets at rest
 * ({@code KEYDESK_ENCRYPTION_KEY}, 32 random bytes in base64), the previous one during a rotation
 * ({@code KEYDESK_ENCRYPTION_KEY_PREVIOUS}), and where the default profile keeps a generated key when
 * none is set. Blank means unset. The {@code prod} profile refuses to start without a key.
 */
@ConfigurationProperties("keydesk.encryption")
public record EncryptionProperties(String key, String previousKey, Path keyFile) {

    @Override
    public String toString() {
        return "EncryptionProperties[keyFile=" + keyFile + "]";
    }
}
