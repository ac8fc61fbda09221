package dev.keydesk.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.KeyVerification;
import dev.keydesk.apikey.KeyVerifier;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.apikey.ui.KeyGrid;
import dev.keydesk.audit.ActivityService;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditEvent;
import dev.keydesk.security.LoginView;
import dev.keydesk.support.CustomerAccountRow;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.KeyTables;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("support")
class SupportConsoleViewTest extends BrowserlessTestBase {

    @Autowired
    ApiKeyService keys;
    @Autowired
    ActivityService activity;
    @Autowired
    KeyVerifier verifier;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestKeys testKeys;
    @Autowired
    KeyTables tables;

    TestCustomer customer;
    UUID acme;
    NewApiKey key;

    @BeforeEach
    void createCustomerKey(@Autowired TestAccounts accounts) {
        customer = accounts.demoCustomer("customer");
        acme = customer.accountId();
        key = testKeys.generate(customer, "Console " + UUID.randomUUID());
    }

    /** The demo accounts are shared by every test of this context: leave Acme without this test's key. */
    @AfterEach
    void deleteTheKeyUnlessTheTestDid() {
        if (!tables.status(key.key().id()).equals("DELETED")) {
            testKeys.delete(customer, key);
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<CustomerAccountRow> accountGrid() {
        return find(Grid.class).single();
    }

    /** The row's icon button with the given accessible name (grid cells are outside the component query). */
    private Button keyButton(String ariaLabel) {
        KeyGrid grid = find(KeyGrid.class).single();
        for (int row = 0; row < test(grid).size(); row++) {
            var actions = test(grid).getCellComponent(row, "actions");
            var match = actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                    .filter(button -> button.getAriaLabel().filter(ariaLabel::equals).isPresent()).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
        }
        throw new AssertionError("No button " + ariaLabel);
    }

    private boolean hasKeyButton(String ariaLabel) {
        if (!find(KeyGrid.class).exists()) {
            return false; // the account has no keys left, so the page shows a message instead of the grid
        }
        try {
            keyButton(ariaLabel);
            return true;
        } catch (AssertionError none) {
            return false;
        }
    }

    private void openAcme() {
        navigate("support/accounts/" + acme, SupportAccountView.class);
    }

    private AuditEvent latestAcmeEvent() {
        return signedIn.as("support", () -> activity.activity(acme, 0, 1).getFirst());
    }

    @Test
    void the_console_lists_accounts_and_search_narrows_them() {
        navigate(CustomerAccountsView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Customer accounts");
        assertThat(test(accountGrid()).size()).isGreaterThanOrEqualTo(2);

        test(find(TextField.class).withLabel("Search").single()).setValue("acme");
        assertThat(test(accountGrid()).size()).isEqualTo(1);
        assertThat(test(accountGrid()).getRow(0).name()).isEqualTo("Acme Corp");
    }

    @Test
    void search_by_username_prefix_finds_the_members_account() {
        navigate(CustomerAccountsView.class);
        test(find(TextField.class).withLabel("Search").single()).setValue("customer2");
        assertThat(test(accountGrid()).size()).isEqualTo(1);
        assertThat(test(accountGrid()).getRow(0).name()).isEqualTo("Globex");
    }

    @Test
    void open_leads_to_the_accounts_page_with_its_keys() {
        navigate(CustomerAccountsView.class);
        test(find(TextField.class).withLabel("Search").single()).setValue("Acme Corp");
        Button open = (Button) test(accountGrid()).getCellComponent(0, "open");
        assertThat(open.getAriaLabel()).contains("Open Acme Corp");
        test(open).click();

        assertThat(getCurrentView()).isInstanceOf(SupportAccountView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Acme Corp");
        assertThat(find(KeyGrid.class).single().getColumnByKey("name").getHeaderText()).isEqualTo("Name");
        assertThat(test(find(KeyGrid.class).single()).size()).isGreaterThanOrEqualTo(1);
        assertThat(hasKeyButton("Rename " + key.key().name())).isTrue();
        assertThat(find(Button.class).withText("Generate API Key").exists()).isFalse();
    }

    @Test
    void support_deletes_a_key_with_a_reason() {
        openAcme();
        test(keyButton("Delete " + key.key().name())).click();
        assertThat(find(SupportDeleteDialog.class).single().title()).isEqualTo("Delete API key?");
        test(find(TextField.class).withLabel("Reason").single()).setValue("Customer asked by phone");
        test(find(Button.class).withText("Delete").single()).click();

        assertThat(find(SupportDeleteDialog.class).all()).isEmpty();
        assertThat(hasKeyButton("Delete " + key.key().name())).isFalse();
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(KeyVerification.Code.DELETED);
        assertThat(latestAcmeEvent().reason()).isEqualTo("Customer asked by phone");
    }

    @Test
    void support_renames_a_key_with_a_reason() {
        openAcme();
        test(keyButton("Rename " + key.key().name())).click();
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Rename API Key");
        String newName = key.key().name() + " (support)";
        test(find(TextField.class).withLabel("Name").single()).setValue(newName);
        test(find(TextField.class).withLabel("Reason").single()).setValue("Clearer name, ticket 42");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(hasKeyButton("Rename " + newName)).isTrue();
        AuditEvent event = latestAcmeEvent();
        assertThat(event.action()).isEqualTo(AuditAction.KEY_RENAMED);
        assertThat(event.reason()).isEqualTo("Clearer name, ticket 42");
    }

    @Test
    void a_delete_without_a_reason_is_refused_in_the_reason_field_and_the_key_stays() {
        openAcme();
        test(keyButton("Delete " + key.key().name())).click();
        test(find(Button.class).withText("Delete").single()).click();

        TextField reason = find(TextField.class).withLabel("Reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason of at least 3 characters.");
        assertThat(find(SupportDeleteDialog.class).single().isOpened()).isTrue();
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(KeyVerification.Code.VALID);
        assertThat(signedIn.as("customer", () -> keys.listKeys(acme))).extracting(ApiKeySummary::id)
                .contains(key.key().id());
    }

    @Test
    void the_account_page_shows_the_accounts_activity() {
        openAcme();
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> activityGrid = find(Grid.class).withClassName("activity-grid").single();
        assertThat(test(activityGrid).getRow(0).keyId()).isEqualTo(key.key().id());
        assertThat(test(activityGrid).getCellText(0, 0)).isEqualTo("Key created");
    }

    @Test
    @WithUserDetails("customer")
    void a_customer_who_opens_the_console_does_not_get_it() {
        navigate("support/accounts", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(CustomerAccountsView.class).isNotInstanceOf(LoginView.class);
        assertThat(find(Grid.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("customer")
    void a_customer_who_opens_an_account_page_sees_none_of_its_data() {
        navigate("support/accounts/" + acme, Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SupportAccountView.class).isNotInstanceOf(LoginView.class);
        assertThat(find(KeyGrid.class).all()).isEmpty();
    }

    @Test
    void an_invalid_account_id_shows_a_clear_message() {
        navigate("support/accounts/not-an-id", SupportAccountView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Account not found");
    }

    @Test
    void an_unknown_account_id_shows_a_clear_message() {
        navigate("support/accounts/" + UUID.randomUUID(), SupportAccountView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Account not found");
    }
}
