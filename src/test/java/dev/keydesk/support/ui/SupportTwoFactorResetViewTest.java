package dev.keydesk.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.twofactor.AuthenticatorApp;
import dev.keydesk.twofactor.TwoFactor;
import dev.keydesk.twofactor.TwoFactorEnrolment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** Support resets a member's two-factor from the account page, with a required reason. */
@WithUserDetails("support")
class SupportTwoFactorResetViewTest extends BrowserlessTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TwoFactorEnrolment enrolment;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    JdbcClient jdbc;

    TestCustomer customer;

    @BeforeEach
    void enrolledMember() {
        customer = accounts.newCustomer();
        AuthenticatorApp.enrol(signedIn, enrolment, customer.username());
    }

    @Test
    void the_account_page_offers_a_reset_for_each_member_with_two_factor_only() {
        TestCustomer without = accounts.newCustomer();

        openAccount(customer);
        assertThat(find(Button.class).withText("Reset two-factor of " + customer.username()).exists()).isTrue();

        openAccount(without);
        assertThat(find(Button.class).withTextContaining("Reset two-factor").exists()).isFalse();
    }

    @Test
    void a_reset_needs_a_reason_of_at_least_three_characters_and_changes_nothing_without_one() {
        openAccount(customer);
        test(find(Button.class).withText("Reset two-factor of " + customer.username()).single()).click();
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Reset two-factor authentication?");

        test(reasonField()).setValue("ok");
        test(find(Button.class).withText("Reset two-factor").single()).click();

        assertThat(reasonField().isInvalid()).isTrue();
        assertThat(reasonField().getErrorMessage()).isEqualTo("Give a reason of at least 3 characters.");
        assertThat(twoFactor.isEnrolled(customer.userId())).isTrue();
    }

    @Test
    void with_a_reason_the_reset_happens_is_recorded_and_the_button_goes() {
        openAccount(customer);
        test(find(Button.class).withText("Reset two-factor of " + customer.username()).single()).click();
        test(reasonField()).setValue("Lost phone and codes, identity checked by video call");
        test(find(Button.class).withText("Reset two-factor").single()).click();

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(twoFactor.isEnrolled(customer.userId())).isFalse();
        assertThat(find(Button.class).withTextContaining("Reset two-factor").exists()).isFalse();
        assertThat(jdbc.sql("select reason from audit_event where account_id = ? and action = 'TWO_FACTOR_RESET'")
                .param(customer.accountId()).query(String.class).list())
                .containsExactly("Lost phone and codes, identity checked by video call");
    }

    private void openAccount(TestCustomer owner) {
        navigate("support/accounts/" + owner.accountId(), SupportAccountView.class);
    }

    private TextField reasonField() {
        return find(TextField.class).withLabel("Reason").single();
    }
}
