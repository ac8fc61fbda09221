package dev.keydesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final byte[] SECRET = "twenty-byte-secret!!".getBytes(StandardCharsets.US_ASCII);
    private static final UUID OWNER = UUID.randomUUID();

    private static SecretCipher cipher(String key, String previous) {
        return new SecretCipher(new EncryptionKeys(new EncryptionProperties(key, previous, Path.of("unused"))));
    }

    @Test
    void a_secret_round_trips_and_the_stored_value_contains_it_in_no_form() {
        SecretCipher cipher = cipher(EncryptionKeysTest.KEY, "");

        String stored = cipher.encrypt(SECRET, OWNER);

        assertThat(cipher.decrypt(stored, OWNER)).isEqualTo(SECRET);
        assertThat(stored).startsWith("v1:").doesNotContain(Base32.encode(SECRET))
                .doesNotContain(Base64.getEncoder().encodeToString(SECRET))
                .doesNotContain(HexFormat.of().formatHex(SECRET)).doesNotContain("twenty-byte-secret");
    }

    @Test
    void the_same_secret_encrypts_differently_each_time() {
        SecretCipher cipher = cipher(EncryptionKeysTest.KEY, "");

        assertThat(cipher.encrypt(SECRET, OWNER)).isNotEqualTo(cipher.encrypt(SECRET, OWNER));
    }

    @Test
    void a_value_moved_onto_another_users_row_does_not_decrypt() {
        SecretCipher cipher = cipher(EncryptionKeysTest.KEY, "");
        String stored = cipher.encrypt(SECRET, OWNER);

        assertThatThrownBy(() -> cipher.decrypt(stored, UUID.randomUUID()))
                .isInstanceOf(UndecryptableSecretException.class);
    }

    @Test
    void an_altered_value_does_not_decrypt() {
        SecretCipher cipher = cipher(EncryptionKeysTest.KEY, "");
        String stored = cipher.encrypt(SECRET, OWNER);
        char last = stored.charAt(stored.length() - 2);
        String altered = stored.substring(0, stored.length() - 2) + (last == 'A' ? 'B' : 'A') + stored.charAt(stored.length() - 1);

        assertThatThrownBy(() -> cipher.decrypt(altered, OWNER)).isInstanceOf(UndecryptableSecretException.class);
    }

    @Test
    void a_value_of_the_previous_key_decrypts_during_a_rotation_and_is_not_current() {
        String stored = cipher(EncryptionKeysTest.OTHER_KEY, "").encrypt(SECRET, OWNER);
        SecretCipher rotating = cipher(EncryptionKeysTest.KEY, EncryptionKeysTest.OTHER_KEY);

        assertThat(rotating.isCurrent(stored)).isFalse();
        assertThat(rotating.decrypt(stored, OWNER)).isEqualTo(SECRET);
        assertThat(rotating.isCurrent(rotating.encrypt(SECRET, OWNER))).isTrue();
    }

    @Test
    void a_value_of_a_key_keydesk_no_longer_has_is_refused_naming_key_ids_only() {
        String stored = cipher(EncryptionKeysTest.OTHER_KEY, "").encrypt(SECRET, OWNER);

        assertThatThrownBy(() -> cipher(EncryptionKeysTest.KEY, "").decrypt(stored, OWNER))
                .isInstanceOf(UndecryptableSecretException.class)
                .hasMessageContaining(EncryptionKey.parse(EncryptionKeysTest.OTHER_KEY, "t").id())
                .hasMessageNotContaining(EncryptionKeysTest.OTHER_KEY).hasMessageNotContaining(EncryptionKeysTest.KEY)
                .hasMessageNotContaining(stored.substring(12));
    }
}
