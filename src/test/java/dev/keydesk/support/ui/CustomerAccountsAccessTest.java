package dev.keydesk.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import dev.keydesk.base.ui.AccessDeniedView;
import dev.keydesk.support.CustomerAccountRow;
import dev.keydesk.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The support pages are for support staff only; a customer must not even learn other accounts' names. */
class CustomerAccountsAccessTest extends BrowserlessTestBase {

    @Test
    @WithUserDetails("customer")
    void a_customer_opening_the_support_page_gets_the_access_denied_page_without_account_data() {
        navigate("support/accounts", AccessDeniedView.class);

        assertThat(getCurrentView()).isNotInstanceOf(CustomerAccountsView.class);
        assertThat(find(Grid.class).exists()).isFalse();
        assertThat(UI.getCurrent().getElement().getTextRecursively())
                .doesNotContain("Customer accounts", "Acme Corp", "Globex");
    }

    @Test
    @WithUserDetails("support")
    void support_staff_see_every_customer_account() {
        navigate(CustomerAccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<CustomerAccountRow> grid = find(Grid.class).single();
        GridTester<Grid<CustomerAccountRow>, CustomerAccountRow> rows = test(grid);
        List<String> names = IntStream.range(0, rows.size()).mapToObj(row -> rows.getRow(row).name()).toList();
        assertThat(names).contains("Acme Corp", "Globex");
    }
}
