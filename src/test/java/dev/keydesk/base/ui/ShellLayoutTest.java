package dev.keydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.base.preferences.ColorSchemeChoice;
import dev.keydesk.base.preferences.Preferences;
import dev.keydesk.security.KeydeskUser;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The frame: landmarks, the skip link first, the user menu with language and appearance, remembered. */
class ShellLayoutTest extends BrowserlessTestBase {

    @Autowired
    Preferences preferences;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("customer")
    void the_page_sits_in_main_with_a_banner_and_a_sidebar_holding_the_navigation() {
        UI.getCurrent().navigate("api-keys");

        Main main = find(Main.class).single();
        assertThat(main.getId()).contains(MainLayout.MAIN_ID);
        assertThat(main.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(main.getChildren().map(view -> view.getClass().getSimpleName()).toList()).containsExactly("ApiKeysView");
        assertThat(find(Header.class).all()).hasSize(1);
        assertThat(find(Aside.class).single().getElement().getAttribute("aria-label")).isEqualTo("Sidebar");
        assertThat(find(SideNav.class).single().getElement().getAttribute("aria-label")).isEqualTo("Main navigation");
    }

    @Test
    @WithUserDetails("customer")
    void skip_to_content_is_the_first_control_of_the_page_and_points_at_main() {
        UI.getCurrent().navigate("api-keys");

        Header topBar = find(Header.class).single();
        Anchor skip = (Anchor) topBar.getChildren().findFirst().orElseThrow();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.getHref()).isEqualTo("#" + MainLayout.MAIN_ID);
        assertThat(topBar.getChildren().skip(1).findFirst()).containsInstanceOf(DrawerToggle.class);
    }

    @Test
    @WithUserDetails("customer")
    void log_out_stays_a_visible_button_beside_the_user_menu() {
        UI.getCurrent().navigate("api-keys");

        assertThat(find(Button.class).withText("Log out").all()).hasSize(1);
        assertThat(find(UserMenu.class).single().getItems().getFirst().getElement().getAttribute("aria-label"))
                .startsWith("Account menu of ");
    }

    @Test
    @WithUserDetails("customer")
    void the_user_menu_offers_both_languages_by_their_own_names_with_the_current_one_checked() {
        UI.getCurrent().navigate("api-keys");

        List<MenuItem> items = find(UserMenu.class).single().getItems().getFirst().getSubMenu().getItems();
        assertThat(items).extracting(MenuItem::getText).startsWith("English", "Português (Brasil)");
        assertThat(items.get(0).isChecked()).isTrue();
        assertThat(items.get(1).isChecked()).isFalse();
        assertThat(items.get(1).getElement().getAttribute("lang")).isEqualTo("pt-BR");
    }

    @Test
    void picking_portuguese_stores_it_and_switches_the_page() {
        TestCustomer customer = accounts.newCustomer();
        signedIn.as(customer.username(), () -> {
            UserMenu menu = new UserMenu(user(customer), preferences);
            menu.chooseLanguage(Languages.BRAZILIAN_PORTUGUESE);
        });

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.BRAZILIAN_PORTUGUESE);
        assertThat(UI.getCurrent().getSession().getAttribute(ShellSetup.SESSION_LANGUAGE))
                .isEqualTo(Languages.BRAZILIAN_PORTUGUESE);
        assertThat(signedIn.as(customer.username(), preferences::mine).orElseThrow())
                .satisfies(stored -> {
                    assertThat(stored.language()).isEqualTo(Languages.BRAZILIAN_PORTUGUESE);
                    assertThat(stored.languageChosen()).isTrue();
                });
    }

    @Test
    void dark_mode_is_applied_at_once_and_remembered_for_the_next_visit() {
        TestCustomer customer = accounts.newCustomer();
        signedIn.as(customer.username(), () -> new UserMenu(user(customer), preferences).chooseScheme(UserMenu.Scheme.DARK));

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
        assertThat(signedIn.as(customer.username(), preferences::mine).orElseThrow().colorScheme())
                .isEqualTo(ColorSchemeChoice.DARK);
        UserMenu nextVisit = signedIn.as(customer.username(), () -> new UserMenu(user(customer), preferences));
        List<MenuItem> appearance = nextVisit.getItems().getFirst().getSubMenu().getItems().getLast()
                .getSubMenu().getItems();
        assertThat(appearance).extracting(MenuItem::getText).containsExactly("Same as the device", "Light", "Dark");
        assertThat(appearance).extracting(MenuItem::isChecked).containsExactly(false, false, true);
    }

    @Test
    void going_back_to_the_device_scheme_forgets_the_choice() {
        TestCustomer customer = accounts.newCustomer();
        signedIn.as(customer.username(), () -> {
            UserMenu menu = new UserMenu(user(customer), preferences);
            menu.chooseScheme(UserMenu.Scheme.DARK);
            menu.chooseScheme(UserMenu.Scheme.DEVICE);
        });

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.LIGHT_DARK);
        assertThat(signedIn.as(customer.username(), preferences::mine).orElseThrow().colorScheme()).isNull();
    }

    private KeydeskUser user(TestCustomer customer) {
        return (KeydeskUser) users.loadUserByUsername(customer.username());
    }
}
