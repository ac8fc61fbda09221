package dev.keydesk.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * "Confirm it's you" before rolling or deleting a key: never right after sign-in, always once the sign-in is
 * older than 15 minutes (the application's clock is moved), and then the action goes on.
 */
@WithUserDetails("customer")
@Import(TestClock.Config.class)
class RecentSignInDialogTest extends KeyViewTestBase {

    static final String TITLE = "Confirm it's you";

    @Autowired
    TestClock clock;

    Instant signedIn;

    @BeforeEach
    void rememberSignIn() {
        signedIn = clock.instant();
    }

    /** The sign-in of the test user was issued at the start; the base class deletes keys as that user. */
    @AfterEach
    void backToTheSignIn() {
        clock.set(signedIn);
    }

    @Test
    void right_after_sign_in_a_roll_goes_ahead_without_asking() {
        createThroughService("Production");
        openView();

        rowButton("Production", "Roll Production");
        click("Roll key");

        assertThat(confirmDialog()).isEmpty();
        assertThat(find(TextArea.class).withLabel("API key").exists()).as("the new secret is revealed").isTrue();
    }

    @Test
    void sixteen_minutes_after_sign_in_a_roll_asks_for_the_password_first_then_rolls() {
        createThroughService("Production");
        int versionBefore = key("Production").secretVersion();
        openView();
        clock.advance(Duration.ofMinutes(16));

        rowButton("Production", "Roll Production");
        click("Roll key");

        assertThat(confirmDialog()).as("the dialog asks").isPresent();
        assertThat(key("Production").secretVersion()).as("nothing rolled yet").isEqualTo(versionBefore);
        test(find(PasswordField.class).withLabel("Password").single()).setValue("customer-password");
        click("Confirm");

        assertThat(confirmDialog()).isEmpty();
        assertThat(key("Production").secretVersion()).isEqualTo(versionBefore + 1);
        assertThat(find(TextArea.class).withLabel("API key").exists()).as("the roll went on").isTrue();
    }

    @Test
    void sixteen_minutes_after_sign_in_a_delete_asks_and_a_wrong_password_deletes_nothing() {
        createThroughService("Staging");
        openView();
        clock.advance(Duration.ofMinutes(16));

        rowButton("Staging", "Delete Staging");
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(confirmDialog()).isPresent();
        PasswordField password = find(PasswordField.class).withLabel("Password").single();
        test(password).setValue("not-the-password");
        click("Confirm");

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Incorrect password.");
        assertThat(listedKeys()).extracting(ApiKeySummary::name).containsExactly("Staging");

        test(password).setValue("customer-password");
        click("Confirm");
        assertThat(listedKeys()).isEmpty();
        assertThat(find(H2.class).withText("No API keys yet").exists()).as("the grid shows the delete").isTrue();
    }

    @Test
    void cancelling_the_confirmation_changes_nothing() {
        createThroughService("Staging");
        openView();
        clock.advance(Duration.ofMinutes(16));

        rowButton("Staging", "Delete Staging");
        test(find(ConfirmDialog.class).single()).confirm();
        click("Cancel");

        assertThat(confirmDialog()).isEmpty();
        assertThat(listedKeys()).extracting(ApiKeySummary::name).containsExactly("Staging");
    }

    private Optional<Dialog> confirmDialog() {
        return find(Dialog.class).all().stream().filter(dialog -> TITLE.equals(dialog.getHeaderTitle())
                && dialog.isOpened()).findFirst();
    }

    private ApiKeySummary key(String name) {
        return listedKeys().stream().filter(key -> key.name().equals(name)).findFirst().orElseThrow();
    }

    private void rowButton(String keyName, String accessibleName) {
        Component actions = grid().getCellComponent(rowOf(keyName), "actions");
        test(find(Button.class, actions).withAriaLabel(accessibleName).single()).click();
    }
}
