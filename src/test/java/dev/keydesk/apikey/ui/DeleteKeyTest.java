package dev.keydesk.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("customer")
class DeleteKeyTest extends KeyViewTestBase {

    @Test
    void delete_asks_for_confirmation() {
        createThroughService("Staging");
        openView();
        ConfirmDialogTester confirm = openDelete("Staging");
        assertThat(confirm.getHeader()).isEqualTo("Delete API key?");
        assertThat(confirm.getComponent().getElement().getProperty("confirmText")).isEqualTo("Delete");
        assertThat(confirm.getText()).contains("Staging");
    }

    @Test
    void confirming_removes_the_row() {
        createThroughService("Production");
        createThroughService("Staging");
        openView();
        openDelete("Staging").confirm();
        assertThat(gridNames()).containsExactly("Production");
        assertThat(listedKeys()).extracting(key -> key.name()).containsExactly("Production");
    }

    @Test
    void cancelling_keeps_the_key() {
        createThroughService("Staging");
        openView();
        openDelete("Staging").cancel();
        assertThat(gridNames()).containsExactly("Staging");
        assertThat(listedKeys()).extracting(key -> key.name()).containsExactly("Staging");
    }

    @Test
    void deleting_the_last_key_shows_the_empty_state_again() {
        createThroughService("Staging");
        openView();
        openDelete("Staging").confirm();
        assertThat(find(KeyGrid.class).exists()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.H2.class).withText("No API keys yet").exists()).isTrue();
    }

    private ConfirmDialogTester openDelete(String keyName) {
        Component actions = grid().getCellComponent(rowOf(keyName), "actions");
        test(find(Button.class, actions).withAriaLabel("Delete " + keyName).single()).click();
        return test(find(ConfirmDialog.class).single());
    }
}
