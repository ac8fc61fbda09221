package dev.keydesk.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("customer")
class ApiKeysViewTest extends KeyViewTestBase {

    @Test
    void page_has_the_heading_and_the_generate_button() {
        openView();
        assertThat(find(H1.class).single().getText()).isEqualTo("API Keys");
        Button generate = find(Button.class).withText("Generate API Key").single();
        assertThat(generate.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("customer2")
    void an_account_without_keys_sees_what_to_do_instead_of_an_empty_grid() {
        openView();
        assertThat(find(H2.class).withText("No API keys yet").exists()).isTrue();
        assertThat(find(KeyGrid.class).exists()).isFalse();
    }

    @Test
    void grid_has_the_contract_columns() {
        createThroughService("Production");
        openView();
        var grid = grid();
        List<String> headers = IntStream.range(0, 8).mapToObj(grid::getHeaderCell).toList();
        assertThat(headers).containsExactly("Name", "Key", "Created", "Last used", "Status", "Cost (30d)",
                "Expires", "Permissions");
        assertThat(find(H2.class).withText("No API keys yet").exists()).isFalse();
    }

    @Test
    void grid_row_shows_name_masked_hint_and_status_never_the_secret() {
        openView();
        String secret = generateThroughUi("Production");
        click("Done");

        int row = rowOf("Production");
        var grid = grid();
        assertThat(grid.getCellText(row, 0)).isEqualTo("Production");
        assertThat(text(grid.getCellComponent(row, "hint")))
                .isEqualTo("kd_\u2026" + secret.substring(secret.length() - 4))
                .doesNotContain(secret.substring(3, 43));
        assertThat(find(Badge.class, grid.getCellComponent(row, "status")).single().getText()).isEqualTo("Active");
    }

    @Test
    void each_row_has_rename_and_delete_buttons_named_after_the_key() {
        createThroughService("Production");
        createThroughService("Staging");
        openView();
        for (String name : List.of("Production", "Staging")) {
            Component actions = grid().getCellComponent(rowOf(name), "actions");
            assertThat(find(Button.class, actions).withAriaLabel("Rename " + name).exists()).isTrue();
            assertThat(find(Button.class, actions).withAriaLabel("Delete " + name).exists()).isTrue();
        }
    }

    @Test
    void html_in_a_name_is_shown_as_text() {
        openView();
        String name = "<b>x</b><img src=x onerror=alert(1)>";
        generateThroughUi(name);
        click("Done");
        assertThat(grid().getCellText(rowOf(name), 0)).isEqualTo(name);
    }

    @Test
    void generating_adds_the_key_to_the_grid() {
        openView();
        generateThroughUi("Production");
        click("Done");
        assertThat(gridNames()).containsExactly("Production");
        assertThat(find(TextArea.class).withLabel("API key").exists()).isFalse();
    }

    private static String text(Component component) {
        return ((HasText) component).getText();
    }
}
