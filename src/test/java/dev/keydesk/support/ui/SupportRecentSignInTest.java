package dev.keydesk.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** Support's sensitive account actions ask "Confirm it's you" once the sign-in is older than 15 minutes. */
@WithUserDetails("support")
@Import(TestClock.Config.class)
class SupportRecentSignInTest extends BrowserlessTestBase {

    @Autowired
    TestClock clock;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    Instant signedIn;
    TestCustomer customer;

    @BeforeEach
    void openAnAccount() {
        signedIn = clock.instant();
        customer = accounts.newCustomer();
        navigate("support/accounts/" + customer.accountId(), SupportAccountView.class);
    }

    @AfterEach
    void backToTheSignIn() {
        clock.set(signedIn);
    }

    @Test
    void suspending_sixteen_minutes_after_sign_in_asks_first_then_suspends() {
        clock.advance(Duration.ofMinutes(16));

        test(find(Button.class).withText("Suspend account").single()).click();
        test(find(TextField.class).withLabel("Reason").single()).setValue("Abuse report 1234");
        test(find(Button.class).withText("Suspend account").all().getLast()).click();

        assertThat(status()).as("not before the confirmation").isEqualTo("ACTIVE");
        assertThat(find(Dialog.class).all().stream().filter(Dialog::isOpened).map(Dialog::getHeaderTitle))
                .contains("Confirm it's you");
        test(find(PasswordField.class).withLabel("Password").single()).setValue("support-password");
        test(find(Button.class).withText("Confirm").single()).click();

        assertThat(status()).isEqualTo("SUSPENDED");
    }

    @Test
    void right_after_sign_in_a_key_limit_changes_without_asking() {
        test(find(Button.class).withText("Change key limit").single()).click();
        test(find(TextField.class).withLabel("Reason").single()).setValue("Customer asked for more");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(Dialog.class).all().stream().filter(Dialog::isOpened).map(Dialog::getHeaderTitle))
                .doesNotContain("Confirm it's you");
    }

    private String status() {
        return jdbc.sql("select status from account where id = ?").param(customer.accountId()).query(String.class)
                .single();
    }
}
