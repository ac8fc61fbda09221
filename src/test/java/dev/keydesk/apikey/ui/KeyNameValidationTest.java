package dev.keydesk.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.test.context.support.WithUserDetails;

/** Refused names show in the Name field's own error message, and nothing is saved. */
@WithUserDetails("customer")
class KeyNameValidationTest extends KeyViewTestBase {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "''|Enter a name for the key.",
            "'   '|Enter a name for the key.",
            "'line\tbreak'|Remove line breaks and other control characters."})
    void a_refused_name_shows_in_the_field_and_saves_nothing(String name, String message) {
        createThroughService("Existing");
        openView();
        tryToGenerate(name);
        assertRefused(message);
    }

    @Test
    void a_name_over_100_characters_is_refused() {
        createThroughService("Existing");
        openView();
        tryToGenerate("x".repeat(101));
        assertRefused("Use at most 100 characters.");
    }

    @Test
    void a_name_of_exactly_100_characters_is_accepted() {
        openView();
        tryToGenerate("x".repeat(100));
        assertThat(find(TextArea.class).withLabel("API key").exists()).isTrue();
        assertThat(listedKeys()).extracting(key -> key.name()).containsExactly("x".repeat(100));
    }

    @Test
    void a_name_the_account_already_uses_is_refused_trimmed_and_ignoring_case() {
        createThroughService("Existing");
        openView();
        tryToGenerate("  eXISTING  ");
        assertRefused("Another key of this account already has this name.");
    }

    @Test
    void correcting_a_refused_name_then_creates_the_key() {
        createThroughService("Existing");
        openView();
        tryToGenerate("   ");
        test(nameField()).setValue("Production");
        assertThat(nameField().isInvalid()).isFalse();
        click("Create");
        assertThat(listedKeys()).extracting(key -> key.name()).containsExactlyInAnyOrder("Existing", "Production");
    }

    private void tryToGenerate(String name) {
        openGenerateDialog();
        // The tester refuses to set a value equal to the current one; an empty name is the initial value.
        if (!name.isEmpty()) {
            test(nameField()).setValue(name);
        }
        click("Create");
    }

    private void assertRefused(String message) {
        TextField name = nameField();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(message);
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Generate API Key");
        assertThat(find(TextArea.class).withLabel("API key").exists()).isFalse();
        assertThat(listedKeys()).extracting(key -> key.name()).containsExactly("Existing");
    }
}
