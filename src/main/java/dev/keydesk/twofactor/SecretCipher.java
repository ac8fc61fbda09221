package dev.keydesk.twofactor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts second-factor secrets with AES-256-GCM under the current {@link EncryptionKeys key}. A stored value
 * reads {@code v1:<key id>:<base64 of nonce, ciphertext and tag>}; the owner's id is the associated data, so a
 * value copied onto another user's row does not decrypt. Error messages name key ids, never key or secret.
 */
@Component
class SecretCipher {

    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EncryptionKeys keys;

    SecretCipher(EncryptionKeys keys) {
        this.keys = keys;
    }

    String encrypt(byte[] secret, UUID owner) {
        EncryptionKey key = keys.current();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(owner));
            byte[] sealed = cipher.doFinal(secret);
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + ":" + key.id() + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    byte[] decrypt(String stored, UUID owner) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new UndecryptableSecretException("The second-factor secret of user " + owner
                    + " is not in a format Keydesk knows");
        }
        EncryptionKey key = keys.byId(parts[1]).orElseThrow(() -> new UndecryptableSecretException(
                "The second-factor secret of user " + owner + " was encrypted with key " + parts[1]
                        + ", which is neither " + EncryptionKeys.KEY_SETTING + " nor "
                        + EncryptionKeys.PREVIOUS_SETTING));
        try {
            byte[] sealed = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(owner));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UndecryptableSecretException("The second-factor secret of user " + owner
                    + " does not decrypt with key " + key.id() + " (altered, or not this user's)");
        }
    }

    /** True when the value is encrypted with the current key (nothing to rotate). */
    boolean isCurrent(String stored) {
        return stored.startsWith(VERSION + ":" + keys.current().id() + ":");
    }

    private static byte[] associatedData(UUID owner) {
        return owner.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
