package dev.keydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The sidebar comes from the views' @Menu, and Vaadin leaves out what the person's role may not open. */
class NavigationMenuTest extends BrowserlessTestBase {

    @Test
    @WithUserDetails("customer")
    void a_customer_sees_api_keys_usage_and_activity_but_not_customer_accounts() {
        UI.getCurrent().navigate("api-keys");

        assertThat(menu()).containsExactly("API Keys -> api-keys", "Usage -> usage", "Activity -> activity",
                "Security -> account/security");
    }

    @Test
    @WithUserDetails("customer")
    void the_menu_reads_in_brazilian_portuguese_under_pt_br() {
        UI.getCurrent().setLocale(Languages.BRAZILIAN_PORTUGUESE);
        UI.getCurrent().navigate("api-keys");

        assertThat(menu()).containsExactly("Chaves de API -> api-keys", "Uso -> usage", "Atividade -> activity",
                "Segurança -> account/security");
    }

    @Test
    @WithUserDetails("support")
    void support_staff_see_customer_accounts_and_sign_in_locks_but_not_the_customer_pages() {
        UI.getCurrent().navigate("support/accounts");

        assertThat(menu()).containsExactly("Customer accounts -> support/accounts",
                "Sign-in locks -> support/sign-in-locks", "Security -> account/security");
    }

    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(item -> item.getLabel() + " -> " + item.getPath()).toList();
    }
}
