package dev.keydesk.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("customer")
class KeyLimitTest extends KeyViewTestBase {

    @Test
    void at_the_limit_generate_is_disabled_and_the_page_says_why() {
        createKeys(10);
        openView();
        assertThat(generateButton().isEnabled()).isFalse();
        assertThat(limitMessage()).contains("limit of 10 active keys");
    }

    @Test
    void below_the_limit_there_is_no_limit_message() {
        createKeys(9);
        openView();
        assertThat(generateButton().isEnabled()).isTrue();
        assertThat(find(Div.class).withTextContaining("limit of 10 active keys").exists()).isFalse();
    }

    @Test
    void deleting_a_key_at_the_limit_enables_generate_again() {
        createKeys(10);
        openView();
        Component actions = grid().getCellComponent(rowOf("Key 1"), "actions");
        test(find(Button.class, actions).withAriaLabel("Delete Key 1").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(generateButton().isEnabled()).isTrue();
        assertThat(find(Div.class).withTextContaining("limit of 10 active keys").exists()).isFalse();
    }

    @Test
    void reaching_the_limit_elsewhere_while_the_dialog_is_open_is_reported_in_the_field() {
        createKeys(9);
        openView();
        openGenerateDialog();
        test(nameField()).setValue("Eleventh");
        createThroughService("Key 10");
        click("Create");
        assertThat(nameField().isInvalid()).isTrue();
        assertThat(nameField().getErrorMessage()).contains("limit of 10 active keys");
        assertThat(find(TextArea.class).withLabel("API key").exists()).isFalse();
        assertThat(listedKeys()).hasSize(10).noneMatch(key -> key.name().equals("Eleventh"));
    }

    private void createKeys(int count) {
        IntStream.rangeClosed(1, count).forEach(n -> createThroughService("Key " + n));
    }

    private Button generateButton() {
        return find(Button.class).withText("Generate API Key").single();
    }

    private String limitMessage() {
        return find(Div.class).withTextContaining("limit of 10 active keys").single().getText();
    }
}
