package dev.keydesk.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Keyboard focus around every dialog of the API Keys page: into the dialog when it opens, back to what
 * opened it when it closes (the row's new button after a refresh), and never lost after a delete.
 */
@WithUserDetails("customer")
class DialogFocusTest extends KeyViewTestBase {

    @Test
    void generate_focuses_the_name_field_and_cancel_returns_to_generate_api_key() {
        openView();
        FocusRequests.clear();
        openGenerateDialog();
        assertThat(focused()).isSameAs(nameField());

        click("Cancel");
        assertThat(focused()).isSameAs(generateButton());
    }

    @Test
    void the_revealed_key_has_the_focus_and_done_returns_it_to_generate_api_key() {
        openView();
        openGenerateDialog();
        test(nameField()).setValue("Production");
        FocusRequests.clear();
        click("Create");
        assertThat(focused()).isSameAs(find(TextArea.class).withLabel("API key").single());

        click("Done");
        assertThat(focused()).isSameAs(generateButton());
    }

    @Test
    void rename_focuses_the_name_and_save_returns_to_the_renamed_rows_button() {
        createThroughService("Staging");
        openView();
        FocusRequests.clear();
        rowButton("Staging", "Rename Staging");
        assertThat(focused()).isSameAs(nameField());

        test(nameField()).setValue("Staging EU");
        click("Save");
        assertThat(focusedRowButton()).isEqualTo("Rename Staging EU");
    }

    @Test
    void edit_returns_the_focus_to_the_rows_edit_button() {
        createThroughService("Staging");
        openView();
        rowButton("Staging", "Edit Staging");
        FocusRequests.clear();
        click("Save");
        assertThat(focusedRowButton()).isEqualTo("Edit Staging");
    }

    @Test
    void roll_reveals_the_new_secret_with_the_focus_and_done_returns_to_the_rows_roll_button() {
        createThroughService("Staging");
        openView();
        rowButton("Staging", "Roll Staging");
        FocusRequests.clear();
        click("Roll key");
        assertThat(focused()).isSameAs(find(TextArea.class).withLabel("API key").single());

        click("Done");
        assertThat(focusedRowButton()).isEqualTo("Roll Staging");
    }

    @Test
    void the_delete_question_focuses_cancel_so_one_enter_deletes_nothing() {
        createThroughService("Staging");
        openView();
        FocusRequests.clear();
        ConfirmDialogTester confirm = openDelete("Staging");
        Button cancel = find(Button.class, confirm.getComponent()).withText("Cancel").single();
        assertThat(focused()).isSameAs(cancel);
        assertThat(cancel.getThemeNames()).contains("tertiary");
        assertThat(confirm.getComponent().getElement().getProperty("confirmTheme")).isEqualTo("error primary");

        confirm.cancel();
        assertThat(focusedRowButton()).isEqualTo("Delete Staging");
        assertThat(gridNames()).containsExactly("Staging");
    }

    @Test
    void after_a_delete_the_focus_goes_to_generate_api_key_not_to_the_page() {
        createThroughService("Production");
        createThroughService("Staging");
        openView();
        openDelete("Staging").confirm();
        assertThat(focused()).isSameAs(generateButton());
    }

    @Test
    void after_deleting_the_last_key_the_focus_goes_to_generate_api_key() {
        createThroughService("Staging");
        openView();
        openDelete("Staging").confirm();
        assertThat(focused()).isSameAs(generateButton());
    }

    private Component focused() {
        roundTrip();
        return FocusRequests.last().orElseThrow(() -> new AssertionError("No focus call"));
    }

    /**
     * The accessible name of the row button that has the focus. A refresh draws rows anew, so the focus goes
     * to the button drawn for the row (here drawn when the test reads the row, as a browser would).
     */
    private String focusedRowButton() {
        roundTrip();
        Component focused = FocusRequests.last().orElseGet(() -> {
            gridNames().forEach(name -> grid().getCellComponent(rowOf(name), "actions"));
            return focused();
        });
        assertThat(focused).isInstanceOf(Button.class);
        return ((Button) focused).getAriaLabel().orElseThrow();
    }

    private Button generateButton() {
        return find(Button.class).withText("Generate API Key").single();
    }

    private ConfirmDialogTester openDelete(String keyName) {
        rowButton(keyName, "Delete " + keyName);
        return test(find(ConfirmDialog.class).single());
    }

    private void rowButton(String keyName, String accessibleName) {
        test(rowButtonComponent(keyName, accessibleName)).click();
    }

    private Button rowButtonComponent(String keyName, String accessibleName) {
        Component actions = grid().getCellComponent(rowOf(keyName), "actions");
        return find(Button.class, actions).withAriaLabel(accessibleName).single();
    }
}
