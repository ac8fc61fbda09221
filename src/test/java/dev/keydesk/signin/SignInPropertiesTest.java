package dev.keydesk.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SignInPropertiesTest {

    @Test
    void limits_below_one_are_refused_at_start() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInProperties(0, 20, Duration.ofMinutes(15)));
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInProperties(5, 0, Duration.ofMinutes(15)));
    }

    @Test
    void an_empty_or_negative_window_is_refused_at_start() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInProperties(5, 20, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInProperties(5, 20, Duration.ofMinutes(-1)));
    }

    @Test
    void usernames_are_counted_trimmed_lower_case_and_at_most_64_characters() {
        assertThat(SignInAttempt.key("  Customer ")).isEqualTo("customer");
        assertThat(SignInAttempt.key("İ".repeat(3))).isEqualTo("i\u0307".repeat(3));
        assertThat(SignInAttempt.key("x".repeat(500))).hasSize(SignInAttempt.USERNAME_KEY_MAX_LENGTH);
    }
}
