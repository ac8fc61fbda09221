package dev.keydesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.account.AccountService;
import dev.keydesk.security.LoginView;
import dev.keydesk.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RegisterViewTest extends BrowserlessTestBase {

    private static final String PASSWORD = "amber-lantern-orchard-7";

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void forgetEarlierSignUps() {
        // Browserless requests have no client address: every test's sign-ups count for one "unknown" network.
        jdbc.sql("delete from sign_up_record").update();
    }

    private void fill(String username, String password, String confirm) {
        navigate(RegisterView.class);
        test(find(TextField.class).withLabel("Organization").single()).setValue("Umbrella Labs " + username);
        test(find(EmailField.class).withLabel("Email").single()).setValue(username + "@umbrella.example");
        test(find(TextField.class).withLabel("Username").single()).setValue(username);
        test(find(PasswordField.class).withLabel("Password").single()).setValue(password);
        test(find(PasswordField.class).withLabel("Confirm password").single()).setValue(confirm);
        test(find(Button.class).withText("Create account").single()).click();
    }

    @Test
    void a_valid_sign_up_creates_the_user_and_leads_to_the_login_page() {
        String username = "umbrella-" + UUID.randomUUID().toString().substring(0, 6);
        fill(username, PASSWORD, PASSWORD);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(accounts.findLoginUser(username)).isPresent();
    }

    @Test
    void a_taken_username_shows_an_error_on_the_username_field() {
        fill("customer", PASSWORD, PASSWORD);
        TextField username = find(TextField.class).withLabel("Username").single();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("This username is taken. Choose another.");
        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
    }

    @Test
    void a_mismatched_confirmation_shows_an_error_on_the_confirmation_field() {
        fill("umbrella-" + UUID.randomUUID().toString().substring(0, 6), PASSWORD, PASSWORD + "!");
        PasswordField confirm = find(PasswordField.class).withLabel("Confirm password").single();
        assertThat(confirm.isInvalid()).isTrue();
        assertThat(confirm.getErrorMessage()).isEqualTo("The passwords do not match.");
    }

    @Test
    void a_short_password_shows_an_error_on_the_password_field() {
        fill("umbrella-" + UUID.randomUUID().toString().substring(0, 6), "tooshort", "tooshort");
        PasswordField password = find(PasswordField.class).withLabel("Password").single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Use at least 12 characters.");
    }

    @Test
    void a_one_letter_organization_is_told_it_is_too_short_not_to_enter_a_name() {
        navigate(RegisterView.class);
        TextField organization = find(TextField.class).withLabel("Organization").single();
        test(organization).setValue("A");
        test(find(Button.class).withText("Create account").single()).click();

        assertThat(organization.isInvalid()).isTrue();
        assertThat(organization.getErrorMessage()).isEqualTo("This name is too short: use at least 2 characters.");
    }

    @Test
    void a_field_with_an_error_shows_the_error_without_its_hint_and_gets_the_hint_back_when_edited() {
        fill("umbrella-" + UUID.randomUUID().toString().substring(0, 6), "tooshort", "tooshort");
        PasswordField password = find(PasswordField.class).withLabel("Password").single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getHelperText()).isNull();

        test(password).setValue("amber-lantern-orchard-8");
        assertThat(password.isInvalid()).isFalse();
        assertThat(password.getHelperText()).isEqualTo("At least 12 characters, not a common password.");
    }

    @Test
    void every_field_is_marked_required_because_every_field_is() {
        navigate(RegisterView.class);
        assertThat(find(TextField.class).all()).allMatch(TextField::isRequiredIndicatorVisible).hasSize(2);
        assertThat(find(EmailField.class).single().isRequiredIndicatorVisible()).isTrue();
        assertThat(find(PasswordField.class).all()).allMatch(PasswordField::isRequiredIndicatorVisible).hasSize(2);
    }
}
