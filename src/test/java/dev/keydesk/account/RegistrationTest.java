package dev.keydesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import dev.keydesk.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class RegistrationTest {

    private static final String PASSWORD = "plum-velvet-harbour-42";

    @Autowired
    Registration registration;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    private static String newUsername() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static SignUp form(String username, String password, String confirm) {
        return new SignUp("Initech", "owner@initech.example", username, password, confirm);
    }

    private static SignUpRefusedException refusal(Runnable action) {
        try {
            action.run();
        } catch (SignUpRefusedException refused) {
            return refused;
        }
        throw new AssertionError("Sign-up was not refused");
    }

    @Test
    void sign_up_creates_an_account_whose_owner_can_log_in_with_a_bcrypt_password() {
        String username = newUsername();
        AccountSummary account = registration.register(form("  " + username + " ", PASSWORD, PASSWORD));

        assertThat(account.name()).isEqualTo("Initech");
        LoginUser user = accounts.findLoginUser(username).orElseThrow();
        assertThat(user.support()).isFalse();
        assertThat(user.passwordHash()).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(PASSWORD, user.passwordHash())).isTrue();
    }

    @Test
    void a_taken_username_is_refused_whatever_its_case() {
        SignUpRefusedException refused = refusal(() -> registration.register(form("CUSTOMER", PASSWORD, PASSWORD)));
        assertThat(refused.errors()).containsEntry(SignUpField.USERNAME, Registration.USERNAME_TAKEN);
    }

    @Test
    void a_short_password_is_refused_and_nothing_is_created() {
        String username = newUsername();
        SignUpRefusedException refused = refusal(() -> registration.register(form(username, "short-pw", "short-pw")));
        assertThat(refused.errors()).containsEntry(SignUpField.PASSWORD, "Use at least 12 characters.");
        assertThat(accounts.findLoginUser(username)).isEmpty();
    }

    @Test
    void a_common_password_is_refused() {
        SignUpRefusedException refused = refusal(() -> registration.register(form(newUsername(), "qwerty123456",
                "qwerty123456")));
        assertThat(refused.errors()).containsKey(SignUpField.PASSWORD);
    }

    @Test
    void a_mismatched_confirmation_is_refused() {
        SignUpRefusedException refused = refusal(() -> registration.register(form(newUsername(), PASSWORD,
                PASSWORD + "x")));
        assertThat(refused.errors()).containsOnlyKeys(SignUpField.CONFIRM_PASSWORD)
                .containsEntry(SignUpField.CONFIRM_PASSWORD, "The passwords do not match.");
    }

    @Test
    void usernames_with_spaces_or_symbols_are_refused() {
        SignUpRefusedException refused = refusal(() -> registration.register(form("bad name!", PASSWORD, PASSWORD)));
        assertThat(refused.errors()).containsKey(SignUpField.USERNAME);
    }

    @Test
    void an_email_without_a_domain_is_refused() {
        SignUpRefusedException refused = refusal(() -> registration.register(new SignUp("Initech", "owner@",
                newUsername(), PASSWORD, PASSWORD)));
        assertThat(refused.errors()).containsOnlyKeys(SignUpField.EMAIL);
    }

    @Test
    void an_empty_organization_is_refused() {
        SignUpRefusedException refused = refusal(() -> registration.register(new SignUp("   ", "a@b.example",
                newUsername(), PASSWORD, PASSWORD)));
        assertThat(refused.errors()).containsOnlyKeys(SignUpField.ORGANIZATION);
    }

    @Test
    void every_wrong_field_is_reported_at_once() {
        SignUpRefusedException refused = refusal(() -> registration.register(new SignUp("", "nope", "x", "short",
                "other")));
        assertThat(refused.errors()).containsOnlyKeys(SignUpField.values());
    }

    @Test
    void a_refusal_never_carries_the_password_in_its_message() {
        SignUpRefusedException refused = refusal(() -> registration.register(form("CUSTOMER", PASSWORD, PASSWORD)));
        assertThat(refused.getMessage()).doesNotContain(PASSWORD);
        assertThatThrownBy(() -> registration.register(form("CUSTOMER", PASSWORD, PASSWORD)))
                .hasMessageNotContaining(PASSWORD);
    }
}
