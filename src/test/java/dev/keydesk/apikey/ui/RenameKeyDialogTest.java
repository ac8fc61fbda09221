package dev.keydesk.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("customer")
class RenameKeyDialogTest extends KeyViewTestBase {

    @Test
    void rename_dialog_is_prefilled_with_the_current_name() {
        createThroughService("Staging");
        openView();
        openRename("Staging");
        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Rename API Key");
        assertThat(dialog.getModality()).isEqualTo(ModalityMode.STRICT);
        assertThat(nameField().getValue()).isEqualTo("Staging");
        assertThat(find(Button.class).withText("Save").exists()).isTrue();
    }

    @Test
    void save_renames_the_key_in_the_grid() {
        createThroughService("Staging");
        openView();
        openRename("Staging");
        test(nameField()).setValue("Pre-production");
        click("Save");
        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(gridNames()).containsExactly("Pre-production");
        assertThat(listedKeys()).extracting(key -> key.name()).containsExactly("Pre-production");
    }

    @Test
    void a_name_used_by_another_key_is_refused_and_the_old_name_stays() {
        createThroughService("Production");
        createThroughService("Staging");
        openView();
        openRename("Staging");
        test(nameField()).setValue(" PRODUCTION ");
        click("Save");
        TextField name = nameField();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Another key of this account already has this name.");
        assertThat(listedKeys()).extracting(key -> key.name()).containsExactlyInAnyOrder("Production", "Staging");
    }

    @Test
    void an_empty_name_is_refused_and_the_old_name_stays() {
        createThroughService("Staging");
        openView();
        openRename("Staging");
        test(nameField()).setValue("  ");
        click("Save");
        assertThat(nameField().isInvalid()).isTrue();
        assertThat(nameField().getErrorMessage()).isEqualTo("Enter a name for the key.");
        click("Cancel");
        assertThat(gridNames()).containsExactly("Staging");
    }

    @Test
    void changing_only_the_case_of_its_own_name_is_allowed() {
        createThroughService("staging");
        openView();
        openRename("staging");
        test(nameField()).setValue("Staging");
        click("Save");
        assertThat(gridNames()).containsExactly("Staging");
    }

    private void openRename(String keyName) {
        Component actions = grid().getCellComponent(rowOf(keyName), "actions");
        test(find(Button.class, actions).withAriaLabel("Rename " + keyName).single()).click();
    }
}
