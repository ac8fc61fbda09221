package dev.keydesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditEvent;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestKeys;
import dev.keydesk.testsupport.UntranslatedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The activity log in Brazilian Portuguese: page, headers, what happened and who did it. */
class ActivityInPortugueseTest extends BrowserlessTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestKeys testKeys;

    @Test
    @WithUserDetails("customer")
    void the_activity_page_reads_in_portuguese_with_its_title() {
        TestCustomer customer = accounts.demoCustomer("customer");
        NewApiKey key = testKeys.generate(customer, "Chave de teste " + UUID.randomUUID());
        testKeys.delete(customer, key);
        UI.getCurrent().setLocale(Languages.BRAZILIAN_PORTUGUESE);

        navigate(ActivityView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Atividade");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Atividade · Keydesk");
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> grid = find(Grid.class).single();
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Chave excluída");
        assertThat(test(grid).getCellText(1, 0)).isEqualTo("Chave criada");
        List<String> cells = new ArrayList<>();
        // Only this test's two rows: other tests write to the shared demo account too.
        for (int row = 0; row < 2; row++) {
            cells.add(test(grid).getCellText(row, 0));
            cells.add(((ActivityGrid) grid).actor(test(grid).getRow(row)));
        }
        UntranslatedText.assertNone(cells, "customer");
        // The page around the grid; the grid's rows are other tests' events in the shared demo account too, with
        // details stored as written (data, not texts of the page), so only this test's rows are checked above.
        ((Component) getCurrentView()).getChildren().filter(child -> !(child instanceof Grid))
                .forEach(child -> UntranslatedText.assertNone(child, "Acme Corp", "customer"));
    }

    private static Properties translations(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                ActivityInPortugueseTest.class.getResourceAsStream("/vaadin-i18n/" + file)), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void every_action_has_a_text_in_both_languages() throws IOException {
        Properties english = translations("translations.properties");
        Properties portuguese = translations("translations_pt_BR.properties");
        for (AuditAction action : AuditAction.values()) {
            String key = ActivityGrid.actionKey(action);
            assertThat(english.getProperty(key)).as(key).isEqualTo(action.label());
            assertThat(portuguese.getProperty(key)).as(key).isNotBlank().isNotEqualTo(action.label());
        }
    }
}
