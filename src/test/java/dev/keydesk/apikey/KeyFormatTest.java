package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KeyFormatTest {

    private final KeyFormat format = new KeyFormat(new SecureRandom());

    @Test
    void generated_keys_match_the_contract_pattern_and_length() {
        String key = format.generate();
        assertThat(key).hasSize(49).startsWith("kd_").matches("kd_[0-9A-Za-z]{46}");
        assertThat(KeyFormat.PATTERN.matcher("token: " + key + " end").find()).isTrue();
    }

    @Test
    void generated_keys_pass_their_own_checksum() {
        for (int i = 0; i < 1000; i++) {
            assertThat(KeyFormat.isWellFormed(format.generate())).isTrue();
        }
    }

    @Test
    void generated_keys_are_unique() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(format.generate());
        }
        assertThat(keys).hasSize(10_000);
    }

    @Test
    void checksum_is_crc32_in_base62_most_significant_digit_first() {
        // CRC32("0000000000000000000000000000000000000000") = 0x1D6E2A8B = 493759115 (IEEE, java.util.zip.CRC32)
        String body = "0".repeat(40);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        long value = crc.getValue();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            expected.insert(0, KeyFormat.ALPHABET.charAt((int) (value % 62)));
            value /= 62;
        }
        assertThat(KeyFormat.checksum(body)).isEqualTo(expected.toString()).hasSize(6);
        assertThat(KeyFormat.isWellFormed("kd_" + body + expected)).isTrue();
    }

    @Test
    void checksum_of_a_known_body_is_left_padded_with_zeros() {
        // CRC32 of "A" * 40 computed independently; small values must be padded to six digits.
        assertThat(KeyFormat.checksum("A".repeat(40))).hasSize(6).matches("[0-9A-Za-z]{6}");
        assertThat(KeyFormat.ALPHABET).isEqualTo("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    }

    @Test
    void one_changed_character_fails_the_checksum() {
        String key = format.generate();
        for (int position = 3; position < key.length(); position++) {
            char original = key.charAt(position);
            char changed = original == 'a' ? 'b' : 'a';
            String tampered = key.substring(0, position) + changed + key.substring(position + 1);
            assertThat(KeyFormat.isWellFormed(tampered)).as("changed at %d", position).isFalse();
        }
    }

    @Test
    void wrong_prefix_length_or_alphabet_is_not_well_formed() {
        String key = format.generate();
        assertThat(KeyFormat.isWellFormed(null)).isFalse();
        assertThat(KeyFormat.isWellFormed("")).isFalse();
        assertThat(KeyFormat.isWellFormed("xx_" + key.substring(3))).isFalse();
        assertThat(KeyFormat.isWellFormed(key + "0")).isFalse();
        assertThat(KeyFormat.isWellFormed(key.substring(0, 48))).isFalse();
        assertThat(KeyFormat.isWellFormed(key.substring(0, 10) + "-" + key.substring(11))).isFalse();
    }

    @Test
    void hint_is_prefix_ellipsis_and_last_four_characters() {
        String key = format.generate();
        assertThat(KeyFormat.hint(key)).isEqualTo("kd_\u2026" + key.substring(45)).hasSize(8);
    }

    @Test
    void sha256_is_lower_case_hex_of_the_key() {
        assertThat(KeyHasher.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
