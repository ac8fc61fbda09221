package dev.keydesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.UUID;
import java.util.stream.Stream;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.HostileText;
import dev.keydesk.testsupport.NoErrorLogged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hostile sign-up input through the form: the refusal on the field it concerns; the limit on the form. */
@ExtendWith(NoErrorLogged.class)
class HostileSignUpFormTest extends BrowserlessTestBase {

    private static final String PASSWORD = "amber-lantern-orchard-7";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void forgetEarlierSignUps() {
        jdbc.sql("delete from sign_up_record").update();
    }

    private void fill(String organization, String email, String username) {
        navigate(RegisterView.class);
        test(find(TextField.class).withLabel("Organization").single()).setValue(organization);
        test(find(EmailField.class).withLabel("Email").single()).setValue(email);
        test(find(TextField.class).withLabel("Username").single()).setValue(username);
        test(find(PasswordField.class).withLabel("Password").single()).setValue(PASSWORD);
        test(find(PasswordField.class).withLabel("Confirm password").single()).setValue(PASSWORD);
        test(find(Button.class).withText("Create account").single()).click();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Stream<Arguments> hostileFields() {
        return Stream.of(
                arguments("Organization", "Acme Corp", "An organization with this name already has an account."),
                arguments("Organization", "  ACME   corp ", "An organization with this name already has an account."),
                arguments("Organization", "Acme " + HostileText.RIGHT_TO_LEFT_OVERRIDE, HostileText.RLO_MESSAGE),
                arguments("Organization", "Acme\u200BLabs", "Remove the invisible character U+200B."),
                arguments("Email", "customer@acme.example", "This email is already used."),
                arguments("Email", "<script>@example.com", "Enter an email address such as name@example.com."),
                arguments("Username", "admin", "This username is reserved. Choose another."),
                arguments("Username", "CUSTOMER", "This username is taken. Choose another."),
                arguments("Username", "<b>x</b>", "Use letters, digits, dots, hyphens and underscores"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hostileFields")
    void a_hostile_value_shows_its_refusal_on_its_own_field(String label, String input, String message) {
        String id = unique();
        fill(label.equals("Organization") ? input : "Umbrella " + id,
                label.equals("Email") ? input : id + "@umbrella.example",
                label.equals("Username") ? input : "umbrella-" + id);

        HasValidation field = label.equals("Email") ? find(EmailField.class).withLabel(label).single()
                : find(TextField.class).withLabel(label).single();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith(message);
        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
        assertThat(jdbc.sql("select count(*) from account where name like 'Umbrella " + id + "%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void the_sixth_sign_up_from_one_address_within_an_hour_shows_the_limit_on_the_form() {
        for (int i = 0; i < 5; i++) {
            String id = unique();
            fill("Umbrella " + id, id + "@umbrella.example", "umbrella-" + id);
            assertThat(getCurrentView()).isNotInstanceOf(RegisterView.class);
        }
        String id = unique();
        fill("Umbrella " + id, id + "@umbrella.example", "umbrella-" + id);

        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
        Paragraph error = find(Paragraph.class).withClassName("form-error").single();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Too many accounts were created from your network in the last hour");
        assertThat(jdbc.sql("select count(*) from account where name = ?").param("Umbrella " + id)
                .query(Integer.class).single()).isZero();
    }
}
