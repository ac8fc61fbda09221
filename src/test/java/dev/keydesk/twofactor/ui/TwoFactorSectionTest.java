package dev.keydesk.twofactor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.twofactor.AuthenticatorApp;
import dev.keydesk.twofactor.TwoFactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The two-factor section of the Security page, as the demo user customer2 uses it. */
@WithUserDetails("customer2")
class TwoFactorSectionTest extends BrowserlessTestBase {

    static final String USER = "customer2";
    static final String PASSWORD = "customer2-password";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TwoFactor twoFactor;

    @BeforeEach
    @AfterEach
    void withoutTwoFactor() {
        jdbc.sql("delete from recovery_code where user_id = (select id from app_user where username = ?)")
                .param(USER).update();
        jdbc.sql("delete from user_second_factor where user_id = (select id from app_user where username = ?)")
                .param(USER).update();
    }

    @Test
    void while_two_factor_is_off_the_section_offers_to_set_it_up() {
        openSecurityPage();

        assertThat(find(TwoFactorSection.class).exists()).isTrue();
        assertThat(button("Set up two-factor authentication").isEnabled()).isTrue();
        assertThat(find(Button.class).withText("Turn off two-factor authentication").exists()).isFalse();
    }

    @Test
    void set_up_shows_a_qr_code_and_the_secret_in_groups_of_four_a_code_field_and_verify() {
        openSecurityPage();
        click("Set up two-factor authentication");

        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Set up two-factor authentication");
        assertThat(dialog.getModality()).isEqualTo(ModalityMode.STRICT);
        assertThat(find(Svg.class, dialog).single().getElement().getProperty("innerHTML")).contains("<path");
        assertThat(secretText()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        assertThat(codeField()).isNotNull();
        assertThat(button("Verify")).isNotNull();
    }

    @Test
    void a_wrong_code_is_the_fields_error_and_switches_nothing_on() {
        openSecurityPage();
        click("Set up two-factor authentication");
        AuthenticatorApp app = AuthenticatorApp.of(secretText());

        test(codeField()).setValue(app.wrongCode());
        click("Verify");

        assertThat(codeField().isInvalid()).isTrue();
        assertThat(codeField().getErrorMessage()).isEqualTo("That code is not valid. Enter the code your app shows now.");
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Set up two-factor authentication");
        assertThat(twoFactor.isEnrolled(userId())).isFalse();
    }

    @Test
    void an_empty_code_is_asked_for_before_anything_is_checked() {
        openSecurityPage();
        click("Set up two-factor authentication");

        click("Verify");

        assertThat(codeField().isInvalid()).isTrue();
        assertThat(codeField().getErrorMessage()).isEqualTo("Enter the 6-digit code from your app.");
    }

    @Test
    void a_valid_code_shows_ten_recovery_codes_once_with_copy_download_and_done() {
        openSecurityPage();
        List<String> codes = enrolThroughUi();

        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Save your recovery codes");
        assertThat(dialog.isCloseOnEsc()).isFalse();
        assertThat(dialog.isCloseOnOutsideClick()).isFalse();
        assertThat(codes).hasSize(10).allSatisfy(code -> assertThat(code).matches("[a-z0-9]{5}-[a-z0-9]{5}"));
        assertThat(find(Span.class, dialog).withTextContaining("will not be shown again").exists()).isTrue();
        assertThat(find(Button.class, dialog).withText("Copy").exists()).isTrue();
        assertThat(find(Anchor.class, dialog).single().getElement().getAttribute("download")).isNotNull();
        assertThat(pageMarkup()).contains(codes.getFirst());

        click("Done");

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(pageMarkup()).doesNotContain(codes.getFirst()).doesNotContain(codes.getLast());
        assertThat(twoFactor.isEnrolled(userId())).isTrue();
        assertThat(find(Paragraph.class).withText("Recovery codes left: 10 of 10").exists()).isTrue();
        assertThat(find(Button.class).withText("Turn off two-factor authentication").exists()).isTrue();
    }

    @Test
    void the_secret_leaves_the_page_when_the_set_up_is_cancelled() {
        openSecurityPage();
        click("Set up two-factor authentication");
        String secret = secretText();

        click("Cancel");

        assertThat(pageMarkup()).doesNotContain(secret);
    }

    @Test
    void switching_off_asks_for_the_password_and_a_code_and_a_wrong_password_changes_nothing() {
        openSecurityPage();
        AuthenticatorApp app = enrolAndCloseCodes();

        click("Turn off two-factor authentication");
        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Turn off two-factor authentication?");
        test(passwordField()).setValue("not-the-password");
        test(codeField()).setValue(app.codeInSteps(1));
        click("Turn off");

        assertThat(passwordField().isInvalid()).isTrue();
        assertThat(passwordField().getErrorMessage()).isEqualTo("That password is not correct.");
        assertThat(twoFactor.isEnrolled(userId())).isTrue();
    }

    @Test
    void the_password_and_a_current_code_switch_two_factor_off() {
        openSecurityPage();
        AuthenticatorApp app = enrolAndCloseCodes();

        click("Turn off two-factor authentication");
        test(passwordField()).setValue(PASSWORD);
        test(codeField()).setValue(app.wrongCode());
        click("Turn off");
        assertThat(codeField().getErrorMessage()).isEqualTo("That code is not valid. Enter the code your app shows now.");
        assertThat(twoFactor.isEnrolled(userId())).isTrue();

        test(passwordField()).setValue(PASSWORD);
        test(codeField()).setValue(app.codeInSteps(1));
        click("Turn off");

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(twoFactor.isEnrolled(userId())).isFalse();
        assertThat(button("Set up two-factor authentication")).isNotNull();
    }

    @Test
    void regenerating_asks_for_the_password_and_a_code_and_shows_ten_new_codes_once() {
        openSecurityPage();
        AuthenticatorApp app = enrolAndCloseCodes();

        click("Regenerate recovery codes");
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Regenerate recovery codes?");
        test(passwordField()).setValue(PASSWORD);
        test(codeField()).setValue(app.codeInSteps(1));
        click("Regenerate codes");

        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Save your recovery codes");
        assertThat(find(ListItem.class).all()).hasSize(10);
    }

    private List<String> enrolThroughUi() {
        click("Set up two-factor authentication");
        AuthenticatorApp app = AuthenticatorApp.of(secretText());
        test(codeField()).setValue(app.codeNow());
        click("Verify");
        return find(ListItem.class).all().stream().map(ListItem::getText).toList();
    }

    private AuthenticatorApp enrolAndCloseCodes() {
        click("Set up two-factor authentication");
        AuthenticatorApp app = AuthenticatorApp.of(secretText());
        test(codeField()).setValue(app.codeNow());
        click("Verify");
        click("Done");
        return app;
    }

    private void openSecurityPage() {
        UI.getCurrent().navigate("account/security");
    }

    private String secretText() {
        return find(Span.class).withClassName("two-factor-secret").single().getText();
    }

    private TextField codeField() {
        return find(TextField.class).withLabel("Authentication code").single();
    }

    private PasswordField passwordField() {
        return find(PasswordField.class).withLabel("Password").single();
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private void click(String text) {
        test(button(text)).click();
    }

    private java.util.UUID userId() {
        return jdbc.sql("select id from app_user where username = ?").param(USER).query(java.util.UUID.class).single();
    }

    private static String pageMarkup() {
        return UI.getCurrent().getElement().getOuterHTML();
    }
}
