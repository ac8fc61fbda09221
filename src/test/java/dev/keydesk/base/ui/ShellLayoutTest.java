package dev.keydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.data.renderer.ComponentRenderer;
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
        Button toggle = find(Button.class, find(UserMenu.class).single()).withClassName("user-menu-toggle").single();
        assertThat(toggle.getElement().getTextRecursively()).startsWith("Account menu: ").endsWith("Customer");
    }

    @Test
    @WithUserDetails("customer")
    void the_user_menu_opens_and_closes_with_its_state_announced() {
        UI.getCurrent().navigate("api-keys");
        UserMenu menu = find(UserMenu.class).single();
        Button toggle = find(Button.class, menu).withClassName("user-menu-toggle").single();

        assertThat(menu.isOpen()).isFalse();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        test(toggle).click();
        assertThat(menu.isOpen()).isTrue();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo(UserMenu.PANEL_ID);
    }

    @Test
    @WithUserDetails("customer")
    void the_user_menu_offers_both_languages_by_their_own_names_with_the_current_one_selected() {
        UI.getCurrent().navigate("api-keys");
        UserMenu menu = find(UserMenu.class).single();

        assertThat(menu.language.getLabel()).isEqualTo("Language");
        assertThat(menu.language.getListDataView().getItems()).containsExactly(Languages.ENGLISH,
                Languages.BRAZILIAN_PORTUGUESE);
        assertThat(menu.language.getValue()).isEqualTo(Languages.ENGLISH);
        @SuppressWarnings("unchecked")
        ComponentRenderer<Span, Locale> names = (ComponentRenderer<Span, Locale>) menu.language.getItemRenderer();
        Span portuguese = names.createComponent(Languages.BRAZILIAN_PORTUGUESE);
        assertThat(portuguese.getText()).isEqualTo("Português (Brasil)");
        assertThat(portuguese.getElement().getAttribute("lang")).isEqualTo("pt-BR");
        assertThat(menu.appearance.getListDataView().getItems().map(menu.appearance.getItemLabelGenerator()))
                .containsExactly("Same as the device", "Light", "Dark");
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
        assertThat(nextVisit.appearance.getValue()).isEqualTo(UserMenu.Scheme.DARK);
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
