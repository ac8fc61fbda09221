package dev.keydesk.support.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.account.UserProvisioning;
import dev.keydesk.audit.AuditEvent;
import dev.keydesk.signin.FailedSignIn;
import dev.keydesk.signin.SignInDetails;
import dev.keydesk.signin.SignInLockedException;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Support's view of sign-in locks: on a customer account's page, and support users' on their own page. */
@WithUserDetails("support")
class SupportSignInLocksViewTest extends BrowserlessTestBase {

    static final String REASON = "Owner verified on a call, ticket 912";

    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    TestAccounts accounts;

    @Test
    void support_sees_a_locked_member_and_failed_sign_ins_and_lifts_the_lock_with_a_reason() {
        TestCustomer customer = accounts.newCustomer();
        lockOut(customer.username());
        navigate("support/accounts/" + customer.accountId(), SupportAccountView.class);

        @SuppressWarnings("unchecked")
        Grid<FailedSignIn> failures = find(Grid.class).withClassName("failed-sign-ins").single();
        assertThat(test(failures).size()).isEqualTo(6);
        assertThat(test(failures).getCellText(0, 2)).isEqualTo("Refused (locked)");
        assertThat(test(failures).getCellText(1, 2)).isEqualTo("Wrong password");
        assertThat(test(failures).getCellText(0, 3)).isEqualTo("2001:db8:3::1");

        test(liftButton(customer.username())).click();
        assertThat(find(LiftLockDialog.class).single().title()).isEqualTo("Lift sign-in lock?");
        test(find(TextField.class).withLabel("Reason").single()).setValue(REASON);
        test(confirmButton()).click();

        assertThat(find(LiftLockDialog.class).all()).isEmpty();
        assertThat(hasLiftButton(customer.username())).isFalse();
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> activity = find(Grid.class).withClassName("activity-grid").single();
        assertThat(test(activity).getCellText(0, 0)).isEqualTo("Sign-in lock lifted");
        assertThat(test(activity).getRow(0).reason()).isEqualTo(REASON);
        signIn.authenticate(token(customer.username(), TestCustomer.PASSWORD));
    }

    @Test
    void a_lift_without_a_reason_is_refused_in_the_reason_field_and_the_lock_stays() {
        TestCustomer customer = accounts.newCustomer();
        lockOut(customer.username());
        navigate("support/accounts/" + customer.accountId(), SupportAccountView.class);

        test(liftButton(customer.username())).click();
        test(confirmButton()).click();

        TextField reason = find(TextField.class).withLabel("Reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason of at least 3 characters.");
        assertThatExceptionOfType(SignInLockedException.class)
                .isThrownBy(() -> signIn.authenticate(token(customer.username(), TestCustomer.PASSWORD)));
    }

    @Test
    void support_lifts_another_support_users_lock_on_the_sign_in_locks_page() {
        String colleague = "support-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.createSupportUser(colleague, TestCustomer.PASSWORD);
        lockOut(colleague);

        navigate("support/sign-in-locks", SupportLocksView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Sign-in locks");
        test(liftButton(colleague)).click();
        test(find(TextField.class).withLabel("Reason").single()).setValue(REASON);
        test(confirmButton()).click();

        assertThat(hasLiftButton(colleague)).isFalse();
        signIn.authenticate(token(colleague, TestCustomer.PASSWORD));
    }

    private void lockOut(String username) {
        for (int i = 0; i < 6; i++) {
            try {
                signIn.authenticate(token(username, "wrong-password"));
            } catch (AuthenticationException expected) {
                // Five wrong passwords, then one refusal.
            }
        }
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        token.setDetails(new SignInDetails("2001:db8:3::1", "Browserless"));
        return token;
    }

    private Button liftButton(String username) {
        return find(Button.class).all().stream()
                .filter(button -> button.getAriaLabel().filter(("Lift lock of " + username)::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("No button Lift lock of " + username));
    }

    /** The dialog's "Lift lock" (the page's own buttons of that text carry an accessible name each). */
    private Button confirmButton() {
        return find(Button.class).withText("Lift lock").all().stream().filter(button -> button.getAriaLabel().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("No dialog button Lift lock"));
    }

    private boolean hasLiftButton(String username) {
        return find(Button.class).all().stream()
                .anyMatch(button -> button.getAriaLabel().filter(("Lift lock of " + username)::equals).isPresent());
    }
}
