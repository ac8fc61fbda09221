package dev.keydesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void the_shipped_list_holds_ten_thousand_passwords() {
        assertThat(policy.commonPasswordCount()).isEqualTo(10_000);
    }

    @Test
    void passwords_shorter_than_twelve_characters_are_refused() {
        assertThat(policy.problem("elevenchars")).contains("Use at least 12 characters.");
    }

    @Test
    void a_common_password_of_twelve_characters_is_refused_whatever_its_case() {
        assertThat(policy.problem("1QAZ2WSX3EDC")).hasValueSatisfying(message -> assertThat(message)
                .contains("10,000 most common"));
    }

    @Test
    void passwords_longer_than_bcrypt_accepts_are_refused() {
        assertThat(policy.problem("x".repeat(73))).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Use at most 72"));
    }

    @Test
    void a_long_uncommon_password_is_accepted() {
        assertThat(policy.problem("correct horse battery staple")).isEmpty();
    }
}
