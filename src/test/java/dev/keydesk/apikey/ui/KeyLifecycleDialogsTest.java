package dev.keydesk.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.apikey.Access;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.Expiration;
import dev.keydesk.apikey.KeyPermissions.Preset;
import dev.keydesk.apikey.RollGrace;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The generate dialog's new fields with their errors, the edit and roll dialogs, and the grid's new columns. */
@WithUserDetails("customer")
class KeyLifecycleDialogsTest extends KeyViewTestBase {

    @Test
    void the_generate_dialog_offers_expiration_permissions_and_addresses_with_safe_defaults() {
        openView();
        openGenerateDialog();

        Select<Expiration> expiration = select("Expiration");
        assertThat(expiration.getValue()).isEqualTo(Expiration.NEVER);
        assertThat(expiration.getListDataView().getItems().map(Expiration::label)).containsExactly("No expiration",
                "7 days", "30 days", "60 days", "90 days", "Custom date");
        assertThat(find(DatePicker.class).exists()).isFalse(); // shown only for "Custom date"; $ finds visible ones
        RadioButtonGroup<Preset> permissions = permissions();
        assertThat(permissions.getValue()).isEqualTo(Preset.ALL);
        assertThat(permissions.getListDataView().getItems().map(Preset::label))
                .containsExactly("All", "Read only", "Restricted");
        assertThat(find(Select.class).withCondition(select -> "Agents".equals(select.getLabel())).exists()).isFalse();
        assertThat(addresses().getValue()).isEmpty();
    }

    @Test
    void custom_date_shows_a_date_picker_limited_to_future_days() {
        openView();
        openGenerateDialog();
        test(select("Expiration")).selectItem("Custom date");

        DatePicker date = find(DatePicker.class).withLabel("Expiration date").single();
        assertThat(date.isVisible()).isTrue();
        assertThat(date.getMin()).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(1));
    }

    @Test
    void a_custom_date_of_today_is_refused_on_the_date_picker_and_nothing_is_created() {
        openView();
        openGenerateDialog();
        test(nameField()).setValue("Dated");
        test(select("Expiration")).selectItem("Custom date");
        DatePicker date = find(DatePicker.class).withLabel("Expiration date").single();
        date.setValue(LocalDate.now(ZoneOffset.UTC));
        click("Create");

        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).contains("after today");
        assertThat(listedKeys()).isEmpty();
    }

    @Test
    void restricted_shows_one_select_per_service_with_none_read_and_write() {
        openView();
        openGenerateDialog();
        test(permissions()).selectItem("Restricted");

        for (String service : new String[] {"Text generation", "Text-to-speech", "Speech-to-text", "Agents"}) {
            Select<Access> select = serviceSelect(service);
            assertThat(select.isVisible()).isTrue();
            assertThat(select.getListDataView().getItems().map(Access::label)).containsExactly("None", "Read", "Write");
        }
    }

    @Test
    void an_invalid_address_line_is_refused_on_the_text_area_and_nothing_is_created() {
        openView();
        openGenerateDialog();
        test(nameField()).setValue("Fenced");
        test(addresses()).setValue("203.0.113.7\nexample.com");
        click("Create");

        assertThat(addresses().isInvalid()).isTrue();
        assertThat(addresses().getErrorMessage()).startsWith("Line 2: ");
        assertThat(listedKeys()).isEmpty();
    }

    @Test
    void a_restricted_expiring_key_shows_its_expiry_and_permissions_in_the_grid() {
        openView();
        openGenerateDialog();
        test(nameField()).setValue("Restricted");
        test(select("Expiration")).selectItem("7 days");
        test(permissions()).selectItem("Restricted");
        test(serviceSelect("Agents")).selectItem("Read");
        test(addresses()).setValue("203.0.113.0/24");
        click("Create");
        click("Done");

        int row = rowOf("Restricted");
        assertThat(text(grid().getCellComponent(row, "expires"))).endsWith("in 7 days");
        assertThat(text(grid().getCellComponent(row, "permissions"))).isEqualTo("Restricted (1 of 4)1 IP address");
        assertThat(KeyGrid.accessDetails(grid().getRow(row))).contains("Agents: Read", "203.0.113.0/24");
        assertThat(find(Badge.class, grid().getCellComponent(row, "status")).single().getText()).isEqualTo("Active");
    }

    @Test
    void a_key_without_expiration_shows_never() {
        createThroughService("Forever");
        openView();
        assertThat(text(grid().getCellComponent(rowOf("Forever"), "expires"))).isEqualTo("Never");
        assertThat(text(grid().getCellComponent(rowOf("Forever"), "permissions"))).isEqualTo("All");
    }

    @Test
    void edit_changes_permissions_and_addresses() {
        createThroughService("Editable");
        openView();
        rowButton("Editable", "Edit Editable");
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Edit API Key");
        test(permissions()).selectItem("Read only");
        test(addresses()).setValue("2001:db8::/32");
        click("Save");

        ApiKeySummary key = listedKeys().getFirst();
        assertThat(key.permissions().preset()).isEqualTo(Preset.READ_ONLY);
        assertThat(key.allowedIps().entries()).containsExactly("2001:db8::/32");
    }

    @Test
    void roll_offers_the_grace_periods_with_24_hours_first_chosen_and_reveals_the_new_secret_once() {
        createThroughService("Rollable");
        String oldHint = listedKeys().getFirst().hint();
        openView();
        rowButton("Rollable", "Roll Rollable");

        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Roll API Key");
        Select<RollGrace> grace = select("Old key expires");
        assertThat(grace.getValue()).isEqualTo(RollGrace.HOURS_24);
        assertThat(grace.getListDataView().getItems().map(RollGrace::label))
                .containsExactly("Now", "In 1 hour", "In 24 hours", "In 3 days", "In 7 days");
        test(grace).selectItem("In 1 hour");
        click("Roll key");

        String secret = find(TextArea.class).withLabel("API key").single().getValue();
        assertThat(secret).matches("kd_[0-9A-Za-z]{46}");
        assertThat(find(Span.class).withTextContaining("will not be shown again").exists()).isTrue();
        click("Done");
        int row = rowOf("Rollable");
        assertThat(grid().getRow(row).hint()).isEqualTo("kd_\u2026" + secret.substring(45)).isNotEqualTo(oldHint);
        assertThat(text(grid().getCellComponent(row, "hint"))).startsWith(grid().getRow(row).hint() + "Old key valid until ");
    }

    @Test
    void a_stale_roll_is_refused_with_a_clear_message_in_the_dialog() {
        createThroughService("Contested");
        openView();
        rowButton("Contested", "Roll Contested");
        // Another window rolls the key first.
        ApiKeySummary key = listedKeys().getFirst();
        rolls.roll(key.id(), key.secretVersion(), RollGrace.NOW);
        click("Roll key");

        Select<RollGrace> grace = select("Old key expires");
        assertThat(grace.isInvalid()).isTrue();
        assertThat(grace.getErrorMessage()).contains("rolled by someone else");
        assertThat(find(TextArea.class).withLabel("API key").exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String label) {
        return (Select<T>) find(Select.class).withCondition(select -> label.equals(select.getLabel())).single();
    }

    private Select<Access> serviceSelect(String label) {
        return select(label);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Preset> permissions() {
        return find(RadioButtonGroup.class).withLabel("Permissions").single();
    }

    private TextArea addresses() {
        return find(TextArea.class).withLabel("Allowed IP addresses").single();
    }

    private void rowButton(String keyName, String accessibleName) {
        Component actions = grid().getCellComponent(rowOf(keyName), "actions");
        test(find(Button.class, actions).withAriaLabel(accessibleName).single()).click();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
