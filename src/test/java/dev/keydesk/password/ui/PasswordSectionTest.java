package dev.keydesk.password.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.keydesk.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Security page's password section: each refusal is shown on the field it concerns. */
@WithUserDetails("customer2")
class PasswordSectionTest extends BrowserlessTestBase {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void showTheSection() {
        UI.getCurrent().add(context.getBean(PasswordSection.class));
    }

    private PasswordField field(String label) {
        return find(PasswordField.class).withLabel(label).single();
    }

    private void fill(String current, String next, String confirm) {
        test(field("Current password")).setValue(current);
        test(field("New password")).setValue(next);
        test(field("Confirm new password")).setValue(confirm);
        test(find(Button.class).withText("Change password").single()).click();
    }

    @Test
    void the_section_says_that_a_change_signs_out_the_other_sessions() {
        assertThat(find(Paragraph.class).all()).anySatisfy(text -> assertThat(text.getText())
                .contains("signs you out of every other session"));
    }

    @Test
    void a_confirmation_that_differs_is_shown_on_the_confirmation() {
        fill("customer2-password", "a brand new passphrase", "a brand new passphrasE");

        assertThat(field("Confirm new password").isInvalid()).isTrue();
        assertThat(field("Confirm new password").getErrorMessage()).isEqualTo("The passwords do not match.");
    }

    @Test
    void a_short_new_password_is_shown_on_the_new_password() {
        fill("customer2-password", "elevenchars", "elevenchars");

        assertThat(field("New password").isInvalid()).isTrue();
        assertThat(field("New password").getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(field("Current password").isInvalid()).isFalse();
    }

    @Test
    void a_wrong_current_password_is_shown_on_it_and_cleared() {
        fill("not-the-password", "a brand new passphrase", "a brand new passphrase");

        assertThat(field("Current password").isInvalid()).isTrue();
        assertThat(field("Current password").getErrorMessage()).isEqualTo("Incorrect password.");
        assertThat(field("Current password").getValue()).isEmpty();
    }
}
