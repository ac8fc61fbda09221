package dev.keydesk.signin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

/** Contract, "Two-factor sign-in": the code page with "Authentication code", "Verify" and "Use a recovery code". */
class CodeViewTest extends GateTestBase {

    @Test
    void the_code_page_asks_for_the_authentication_code() {
        passwordOnly(enrolledCustomer().username());
        navigate(CodeView.class);

        assertThat(codeField("Authentication code").isRequiredIndicatorVisible()).isTrue();
        assertThat(find(Button.class).withText("Verify").exists()).isTrue();
        assertThat(find(Button.class).withText("Use a recovery code").exists()).isTrue();
    }

    @Test
    void the_right_code_completes_the_sign_in() {
        passwordOnly(enrolledCustomer().username());
        navigate(CodeView.class);

        enter("Authentication code", CODE);

        assertThat(authorities()).contains("ROLE_CUSTOMER", "FACTOR_TOTP");
    }

    @Test
    void a_wrong_code_shows_the_fields_error_and_the_session_stays_waiting() {
        passwordOnly(enrolledCustomer().username());
        navigate(CodeView.class);

        enter("Authentication code", "000000");

        TextField field = codeField("Authentication code");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("That code is not right");
        assertThat(field.getValue()).isEmpty();
        assertThat(authorities()).containsExactly("FACTOR_PASSWORD");
    }

    @Test
    void an_empty_code_is_refused_without_an_attempt() {
        passwordOnly(enrolledCustomer().username());
        navigate(CodeView.class);
        int checks = factors.checks();

        test(find(Button.class).withText("Verify").single()).click();

        assertThat(codeField("Authentication code").getErrorMessage())
                .isEqualTo("Enter the code from your authenticator app.");
        assertThat(factors.checks()).isEqualTo(checks);
    }

    @Test
    void after_five_wrong_codes_the_page_says_too_many_failed_attempts() {
        passwordOnly(enrolledCustomer().username());
        navigate(CodeView.class);
        for (int i = 0; i < 5; i++) {
            enter("Authentication code", "00000" + i);
        }

        enter("Authentication code", CODE);

        assertThat(codeField("Authentication code").getErrorMessage()).startsWith("Too many failed attempts")
                .contains("15 minutes");
        assertThat(authorities()).containsExactly("FACTOR_PASSWORD");
    }

    @Test
    void a_recovery_code_completes_the_sign_in_once() {
        TestCustomer customer = enrolledCustomer();
        passwordOnly(customer.username());
        navigate(CodeView.class);
        test(find(Button.class).withText("Use a recovery code").single()).click();

        enter("Recovery code", "aaaaa-11111");
        assertThat(authorities()).contains("ROLE_CUSTOMER", "FACTOR_RECOVERY_CODE");

        passwordOnly(customer.username());
        navigate(CodeView.class);
        test(find(Button.class).withText("Use a recovery code").single()).click();
        enter("Recovery code", "aaaaa-11111");

        assertThat(codeField("Recovery code").getErrorMessage())
                .isEqualTo("That is not one of your unused recovery codes.");
        assertThat(authorities()).containsExactly("FACTOR_PASSWORD");
    }

    private void enter(String label, String code) {
        test(codeField(label)).setValue(code);
        test(find(Button.class).withText("Verify").single()).click();
    }

    private TextField codeField(String label) {
        return find(TextField.class).withLabel(label).single();
    }

    private java.util.List<String> authorities() {
        return contexts.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
    }
}
