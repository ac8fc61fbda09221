package dev.keydesk.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.apikey.ui.KeyGrid;
import dev.keydesk.apikey.ui.KeyNameField;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestKeys;
import dev.keydesk.testsupport.UntranslatedText;
import dev.keydesk.usage.ui.UsagePanel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The support console in Brazilian Portuguese: no missing-translation marker and no leftover English in its
 * pages and dialogs (the key grid and the usage panel are the API keys' and usage's own, checked there), and
 * each page's title in the reader's language.
 */
@WithUserDetails("support")
class SupportConsoleInPortugueseTest extends BrowserlessTestBase {

    static final String KEY_NAME = "Servidor de produção";

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestKeys testKeys;

    TestCustomer customer;
    NewApiKey key;
    String accountName;

    @BeforeEach
    void aCustomerWithAKeyReadInPortuguese() {
        customer = accounts.newCustomer();
        accountName = "Account of " + customer.username();
        key = testKeys.generate(customer, KEY_NAME);
        UI.getCurrent().setLocale(Languages.BRAZILIAN_PORTUGUESE);
    }

    private String[] data() {
        return new String[] {accountName, customer.username(), customer.username() + "@example.com", KEY_NAME,
                key.key().hint()};
    }

    private void openAccount() {
        navigate("support/accounts/" + customer.accountId(), SupportAccountView.class);
    }

    /** The page's texts, without the parts that other features own and check in their own tests. */
    private List<String> supportTexts(Component root) {
        List<String> texts = new ArrayList<>();
        root.getChildren().forEach(child -> {
            if (!(child instanceof KeyGrid) && !(child instanceof UsagePanel) && !(child instanceof KeyNameField)) {
                texts.addAll(UntranslatedText.texts(child));
                texts.addAll(supportTexts(child));
            }
        });
        return texts;
    }

    private void clickKeyAction(String ariaLabel) {
        KeyGrid grid = find(KeyGrid.class).single();
        Button button = test(grid).getCellComponent(0, "actions").getChildren()
                .filter(Button.class::isInstance).map(Button.class::cast)
                .filter(candidate -> candidate.getAriaLabel().filter(ariaLabel::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("No button " + ariaLabel));
        test(button).click();
    }

    @Test
    void the_account_list_reads_in_portuguese_with_its_title() {
        navigate(CustomerAccountsView.class);
        test(find(TextField.class).withLabel("Buscar").single()).setValue(customer.username());

        assertThat(find(H1.class).single().getText()).isEqualTo("Contas de clientes");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Contas de clientes · Keydesk");
        // The view only: the app frame around it (navigation, user menu) is the shell's, checked there.
        UntranslatedText.assertNone((Component) getCurrentView(), data());
    }

    @Test
    void the_account_page_reads_in_portuguese_and_its_title_names_the_account() {
        openAccount();

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(accountName + " · Contas de clientes · Keydesk");
        UntranslatedText.assertNone(supportTexts((Component) getCurrentView()), data());
    }

    @Test
    void the_delete_confirmation_reads_in_portuguese() {
        openAccount();
        clickKeyAction("Excluir " + KEY_NAME);

        SupportDeleteDialog dialog = find(SupportDeleteDialog.class).single();
        assertThat(dialog.title()).isEqualTo("Excluir a chave de API?");
        UntranslatedText.assertNone(dialog, data());
    }

    @Test
    void the_rename_and_expiration_dialogs_read_in_portuguese() {
        openAccount();
        clickKeyAction("Renomear " + KEY_NAME);
        Dialog rename = find(SupportRenameDialog.class).single();
        assertThat(rename.getHeaderTitle()).isEqualTo("Renomear chave de API");
        UntranslatedText.assertNone(supportTexts(rename), data());
        rename.close();

        clickKeyAction("Definir expiração de " + KEY_NAME);
        Dialog expiration = find(SupportExpirationDialog.class).single();
        assertThat(expiration.getHeaderTitle()).isEqualTo("Definir expiração da chave");
        UntranslatedText.assertNone(expiration, data());
    }

    @Test
    void the_key_limit_and_suspension_dialogs_read_in_portuguese() {
        openAccount();
        test(find(Button.class).withText("Alterar limite de chaves").single()).click();
        UntranslatedText.assertNone(find(KeyLimitDialog.class).single(), data());
        find(KeyLimitDialog.class).single().close();

        test(find(Button.class).withText("Suspender conta").single()).click();
        SuspensionDialog suspension = find(SuspensionDialog.class).single();
        assertThat(suspension.title()).isEqualTo("Suspender a conta?");
        UntranslatedText.assertNone(suspension, data());
    }

    @Test
    void a_refused_reason_reads_in_portuguese() {
        openAccount();
        clickKeyAction("Excluir " + KEY_NAME);
        test(find(Button.class).withText("Excluir").single()).click();

        TextField reason = find(TextField.class).withLabel("Motivo").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Informe um motivo com pelo menos 3 caracteres.");
        assertThat(reason.getHelperText()).as("the hint would repeat the rule the error names").isNull();
    }

    @Test
    void the_sign_in_locks_page_reads_in_portuguese_with_its_title() {
        navigate(SupportLocksView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Bloqueios de acesso");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Bloqueios de acesso · Keydesk");
        UntranslatedText.assertNone((Component) getCurrentView());
    }

    @Test
    void confirmations_put_cancel_first_as_a_text_button_and_the_destructive_action_red_and_primary() {
        openAccount();
        clickKeyAction("Excluir " + KEY_NAME);
        ConfirmDialog dialog = find(SupportDeleteDialog.class).single();

        List<Button> buttons = dialog.getChildren().filter(Button.class::isInstance).map(Button.class::cast).toList();
        assertThat(buttons).extracting(Button::getText).containsExactly("Cancelar", "Excluir");
        assertThat(buttons.get(0).getThemeNames()).contains(ButtonVariant.LUMO_TERTIARY.getVariantName());
        assertThat(buttons.get(1).getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName(),
                ButtonVariant.LUMO_ERROR.getVariantName());
        assertThat(buttons.get(0).getElement().getAttribute("slot")).isEqualTo("cancel-button");
    }

    @Test
    void form_dialogs_put_cancel_on_the_left_as_a_text_button_and_the_action_on_the_right() {
        openAccount();
        test(find(Button.class).withText("Alterar limite de chaves").single()).click();
        Dialog dialog = find(KeyLimitDialog.class).single();

        List<Button> footer = dialog.getFooter().getElement().getChildren()
                .map(element -> (Button) element.getComponent().orElseThrow()).toList();
        assertThat(footer).extracting(Button::getText).containsExactly("Cancelar", "Salvar");
        assertThat(footer.get(0).getThemeNames()).contains(ButtonVariant.LUMO_TERTIARY.getVariantName());
        assertThat(footer.get(1).getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
    }
}
