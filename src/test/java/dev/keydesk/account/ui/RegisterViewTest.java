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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegisterViewTest extends BrowserlessTestBase {

    private static final String PASSWORD = "amber-lantern-orchard-7";

    @Autowired
    AccountService accounts;

    private void fill(String username, String password, String confirm) {
        navigate(RegisterView.class);
        test(find(TextField.class).withLabel("Organization").single()).setValue("Umbrella Labs");
        test(find(EmailField.class).withLabel("Email").single()).setValue("owner@umbrella.example");
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
}
