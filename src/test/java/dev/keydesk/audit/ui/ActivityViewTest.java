package dev.keydesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.audit.AuditEvent;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class ActivityViewTest extends BrowserlessTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestKeys testKeys;

    @Test
    @WithUserDetails("customer")
    void the_customer_sees_their_key_events_newest_first() {
        TestCustomer customer = accounts.demoCustomer("customer");
        NewApiKey key = testKeys.generate(customer, "Seen " + UUID.randomUUID());
        testKeys.delete(customer, key);

        navigate(ActivityView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Activity");
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> grid = find(Grid.class).single();
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Key deleted");
        assertThat(((ActivityGrid) grid).actor(test(grid).getRow(0))).isEqualTo("customer");
        assertThat(test(grid).getCellText(1, 0)).isEqualTo("Key created");
        assertThat(test(grid).getRow(0).keyName()).isEqualTo(key.key().name());
    }
}
