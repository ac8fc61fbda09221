package dev.keydesk.apikey.ui;

import static dev.keydesk.testsupport.HostileText.invisible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.testsupport.HostileText;
import dev.keydesk.testsupport.NoErrorLogged;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.test.context.support.WithUserDetails;

/** Hostile names typed into the Generate and Rename dialogs: the Name field's own message, nothing saved. */
@WithUserDetails("customer")
@ExtendWith(NoErrorLogged.class)
class HostileKeyNameDialogTest extends KeyViewTestBase {

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("101 characters", "x".repeat(101), "Use at most 100 characters."),
                arguments("NUL", HostileText.NUL, HostileText.CONTROL),
                arguments("terminal escape", HostileText.ANSI_ESCAPE, HostileText.CONTROL),
                arguments("U+202E", HostileText.RIGHT_TO_LEFT_OVERRIDE, HostileText.RLO_MESSAGE),
                arguments("U+2066", HostileText.ISOLATE, HostileText.LRI_MESSAGE),
                arguments("U+200B", "prod\u200Bkey", invisible(0x200B)),
                arguments("U+2060", "prod\u2060key", invisible(0x2060)),
                arguments("U+FEFF", "\uFEFFprod", invisible(0xFEFF)),
                arguments("other case of an existing name", " EXISTING ", "Another key of this account already has "
                        + "this name."),
                arguments("NFD form of an existing name", "Existing Cafe\u0301", "Another key of this account already "
                        + "has this name."));
    }

    private TextField name() {
        return find(TextField.class).withLabel("Name").single();
    }

    private void assertRefusedInTheField(String message) {
        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).isEqualTo(message);
        assertThat(find(Dialog.class).all()).hasSize(1);
        assertThat(listedKeys()).extracting(key -> key.name()).containsExactlyInAnyOrder("Existing",
                "Existing Caf\u00E9");
    }

    @ParameterizedTest(name = "generate: {0}")
    @MethodSource("refused")
    void the_generate_dialog_shows_the_refusal_in_the_name_field(String row, String input, String message) {
        createThroughService("Existing");
        createThroughService("Existing Caf\u00E9");
        openView();
        test(find(Button.class).withText("Generate API Key").single()).click();
        test(name()).setValue(input);
        test(find(Button.class).withText("Create").single()).click();

        assertRefusedInTheField(message);
        assertThat(find(TextArea.class).withLabel("API key").exists()).isFalse();
    }

    @ParameterizedTest(name = "rename: {0}")
    @MethodSource("refused")
    void the_rename_dialog_shows_the_refusal_in_the_name_field(String row, String input, String message) {
        createThroughService("Existing");
        createThroughService("Existing Caf\u00E9");
        createThroughService("Renamed");
        openView();
        Component actions = grid().getCellComponent(rowOf("Renamed"), "actions");
        test(find(Button.class, actions).withAriaLabel("Rename Renamed").single()).click();
        test(name()).setValue(input);
        test(find(Button.class).withText("Save").single()).click();

        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).isEqualTo(message);
        assertThat(listedKeys()).extracting(key -> key.name()).containsExactlyInAnyOrder("Existing",
                "Existing Caf\u00E9", "Renamed");
    }
}
