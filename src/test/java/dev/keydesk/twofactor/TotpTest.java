package dev.keydesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 seed is the ASCII of "12345678901234567890". */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-12-01T18:00:10Z");

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void codes_match_the_sha1_test_vectors_of_rfc_6238_with_8_digits(long seconds, String expected) {
        assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(seconds)), 8)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130"})
    void codes_with_6_digits_are_the_last_6_digits_of_the_rfc_vectors_zero_padded(long seconds, String expected) {
        assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(seconds)), Totp.DIGITS)).isEqualTo(expected);
    }

    @Test
    void a_time_step_is_30_seconds_from_the_unix_epoch() {
        assertThat(Totp.step(Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(Totp.step(Instant.ofEpochSecond(60))).isEqualTo(2);
    }

    @Test
    void the_code_of_the_current_step_and_of_one_step_either_side_is_accepted() {
        long now = Totp.step(NOW);
        for (long step = now - 1; step <= now + 1; step++) {
            assertThat(Totp.matchingStep(RFC_SEED, code(step), NOW, StoredFactor.NO_STEP_USED)).hasValue(step);
        }
    }

    @Test
    void a_code_two_steps_away_is_refused() {
        long now = Totp.step(NOW);
        assertThat(Totp.matchingStep(RFC_SEED, code(now - 2), NOW, StoredFactor.NO_STEP_USED)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, code(now + 2), NOW, StoredFactor.NO_STEP_USED)).isEmpty();
    }

    @Test
    void a_code_of_a_step_already_used_is_refused_and_so_is_an_earlier_one() {
        long now = Totp.step(NOW);
        assertThat(Totp.matchingStep(RFC_SEED, code(now), NOW, now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, code(now - 1), NOW, now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, code(now + 1), NOW, now)).hasValue(now + 1);
    }

    @Test
    void anything_but_six_digits_is_refused() {
        String valid = code(Totp.step(NOW));
        assertThat(Totp.matchingStep(RFC_SEED, valid.substring(1), NOW, StoredFactor.NO_STEP_USED)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, valid + "0", NOW, StoredFactor.NO_STEP_USED)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, "12345a", NOW, StoredFactor.NO_STEP_USED)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, "", NOW, StoredFactor.NO_STEP_USED)).isEmpty();
    }

    @Test
    void spaces_and_a_hyphen_that_apps_show_inside_a_code_are_ignored() {
        assertThat(Totp.normalize(" 123 456 ")).isEqualTo("123456");
        assertThat(Totp.normalize("123-456")).isEqualTo("123456");
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void secrets_are_shown_in_base32_as_rfc_4648_encodes_it_without_padding(String plain, String expected) {
        assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(expected);
    }

    private static String code(long step) {
        return Totp.code(RFC_SEED, step, Totp.DIGITS);
    }
}
