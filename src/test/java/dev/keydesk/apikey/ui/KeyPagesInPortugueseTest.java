package dev.keydesk.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.Expiration;
import dev.keydesk.apikey.KeyPermissions;
import dev.keydesk.apikey.KeyRequest;
import dev.keydesk.testsupport.UntranslatedText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The API Keys page and each of its dialogs under Brazilian Portuguese: no missing translation, no English
 * left, and the contract's words in Portuguese ("Gerar chave de API"). Key names are Portuguese here, so
 * any English comes from the page itself.
 */
@WithUserDetails("customer")
class KeyPagesInPortugueseTest extends KeyViewTestBase {

    static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private final List<String> shown = new ArrayList<>();

    @BeforeEach
    void portuguese() {
        UI.getCurrent().setLocale(PT_BR);
    }

    @AfterEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void the_page_and_every_dialog_read_in_portuguese() {
        keys.generate(accounts.currentAccount().id(), new KeyRequest("Produção", Expiration.CUSTOM,
                LocalDate.now(ZoneOffset.UTC).plusDays(2),
                KeyPermissions.Preset.RESTRICTED, Map.of(), "203.0.113.7"));
        createThroughService("Homologação");
        navigate(ApiKeysView.class);
        collectPage();
        assertThat(find(Button.class).withText("Gerar chave de API").exists()).isTrue();

        test(find(Button.class).withText("Gerar chave de API").single()).click();
        collect(find(Dialog.class).single());
        test(find(TextField.class).withLabel("Nome").single()).setValue("Teste");
        test(find(Button.class).withText("Criar").single()).click();
        Dialog reveal = find(Dialog.class).single();
        assertThat(reveal.getHeaderTitle()).isEqualTo("Sua nova chave de API");
        assertThat(find(TextArea.class).withLabel("Chave de API").exists()).isTrue();
        collect(reveal);
        test(find(Button.class).withText("Concluir").single()).click();

        for (String action : List.of("Renomear", "Editar", "Rotacionar")) {
            rowButton("Produção", action + " Produção");
            collect(find(Dialog.class).single());
            test(find(Button.class).withText("Cancelar").single()).click();
        }
        rowButton("Produção", "Excluir Produção");
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Excluir chave de API?");
        collect(confirm);

        assertThat(shown).contains("Gerar chave de API", "Expirando", "Restritas (0 de 4)", "Excluir Produção");
        UntranslatedText.assertNone(shown, ignored());
    }

    @Test
    void a_refused_name_is_explained_in_portuguese() {
        navigate(ApiKeysView.class);
        test(find(Button.class).withText("Gerar chave de API").single()).click();
        test(find(TextField.class).withLabel("Nome").single()).setValue("   ");
        test(find(Button.class).withText("Criar").single()).click();
        assertThat(find(TextField.class).withLabel("Nome").single().getErrorMessage()).isEqualTo("Dê um nome à chave.");
    }

    private void rowButton(String keyName, String accessibleName) {
        Component actions = grid().getCellComponent(rowOf(keyName), "actions");
        test(find(Button.class, actions).withAriaLabel(accessibleName).single()).click();
    }

    /** The page, with each visible grid column's header and cells (drawn by their renderers). */
    private void collectPage() {
        collect(find(ApiKeysView.class).single());
        Grid<ApiKeySummary> grid = find(KeyGrid.class).single();
        for (Grid.Column<ApiKeySummary> column : grid.getColumns()) {
            if (column.isVisible()) {
                shown.add(column.getHeaderText());
                for (int row = 0; row < grid().size(); row++) {
                    if (column.getRenderer() instanceof ComponentRenderer<?, ?>) {
                        collect(grid().getCellComponent(row, column.getKey()));
                    }
                }
            }
        }
    }

    private void collect(Component component) {
        shown.addAll(UntranslatedText.texts(component));
    }

    /** Data, not page text: the account's name, the header's syntax, the keys' hints. */
    private String[] ignored() {
        // "Enter" in the grid's keyboard hint is the name printed on the key, in Brazil as anywhere.
        List<String> data = new ArrayList<>(List.of("Acme Corp", "Authorization: Bearer <key>", "Enter"));
        listedKeys().forEach(key -> data.add(key.hint()));
        return data.toArray(String[]::new);
    }
}
