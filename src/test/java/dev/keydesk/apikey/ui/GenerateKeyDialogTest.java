package dev.keydesk.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import dev.keydesk.security.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("customer")
class GenerateKeyDialogTest extends KeyViewTestBase {

    @Test
    void generate_opens_a_modal_asking_for_a_name() {
        openView();
        openGenerateDialog();
        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Generate API Key");
        assertThat(dialog.getModality()).isEqualTo(ModalityMode.STRICT);
        assertThat(nameField().getValue()).isEmpty();
        assertThat(find(Button.class).withText("Create").exists()).isTrue();
        assertThat(find(Button.class).withText("Cancel").exists()).isTrue();
    }

    @Test
    void cancel_creates_nothing() {
        openView();
        openGenerateDialog();
        test(nameField()).setValue("Production");
        click("Cancel");
        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(listedKeys()).isEmpty();
    }

    @Test
    void create_reveals_the_full_key_with_copy_a_warning_and_done() {
        openView();
        String secret = generateThroughUi("Production");

        assertThat(secret).matches("kd_[0-9A-Za-z]{46}");
        TextArea field = find(TextArea.class).withLabel("API key").single();
        assertThat(field.isReadOnly()).isTrue();
        assertThat(find(Button.class).withText("Copy").exists()).isTrue();
        assertThat(find(Span.class).withTextContaining("will not be shown again").exists()).isTrue();
        assertThat(find(Button.class).withText("Done").exists()).isTrue();
        assertThat(listedKeys()).singleElement().satisfies(key -> {
            assertThat(key.name()).isEqualTo("Production");
            assertThat(key.hint()).isEqualTo("kd_\u2026" + secret.substring(45));
        });
    }

    @Test
    void reveal_closes_only_through_done() {
        openView();
        generateThroughUi("Production");
        Dialog reveal = find(Dialog.class).single();
        assertThat(reveal.getModality()).isEqualTo(ModalityMode.STRICT);
        assertThat(reveal.isCloseOnEsc()).isFalse();
        assertThat(reveal.isCloseOnOutsideClick()).isFalse();
        // No close icon: the only buttons anywhere in the dialog (header and footer included) are Copy and Done.
        assertThat(find(Button.class, reveal).all()).extracting(Button::getText).containsExactlyInAnyOrder("Copy", "Done");
        assertThat(reveal.getHeader().getElement().getChildCount()).isZero();
    }

    @Test
    void after_done_no_component_and_no_session_state_holds_the_secret() throws IOException {
        openView();
        String secret = generateThroughUi("Production");
        // The scans must see the secret while it is on screen, or their silence later would prove nothing.
        assertThat(SecretTraces.inUiTree(UI.getCurrent(), secret)).isNotEmpty();
        assertThat(SecretTraces.reachableBySerialization(VaadinSession.getCurrent(), secret)).isTrue();

        click("Done");

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(SecretTraces.inUiTree(UI.getCurrent(), secret)).isEmpty();
        assertThat(SecretTraces.inSessionAttributes(VaadinSession.getCurrent(), secret)).isEmpty();
        assertThat(SecretTraces.reachableBySerialization(VaadinSession.getCurrent(), secret)).isFalse();
    }

    @Test
    void leaving_the_page_while_the_key_is_shown_drops_it() throws IOException {
        openView();
        String secret = generateThroughUi("Production");
        assertThat(SecretTraces.inUiTree(UI.getCurrent(), secret)).isNotEmpty();

        navigate(LoginView.class);

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(SecretTraces.inUiTree(UI.getCurrent(), secret)).isEmpty();
        assertThat(SecretTraces.reachableBySerialization(VaadinSession.getCurrent(), secret)).isFalse();
    }

    @Test
    void each_generate_reveals_a_different_key() {
        openView();
        String first = generateThroughUi("Production");
        click("Done");
        String second = generateThroughUi("Staging");
        click("Done");
        assertThat(second).isNotEqualTo(first);
        assertThat(gridNames()).containsExactlyInAnyOrder("Production", "Staging");
    }
}
