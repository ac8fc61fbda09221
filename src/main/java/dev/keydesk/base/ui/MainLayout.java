package dev.keydesk.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.keydesk.base.preferences.Preferences;
import dev.keydesk.security.KeydeskUser;
import org.jspecify.annotations.Nullable;

/**
 * The frame of every signed-in page and of the error pages. Landmarks: a banner (the top bar), the sidebar
 * (complementary, holding the navigation landmark and the user menu) and {@code <main>} around the page.
 * A "Skip to content" link is the first Tab stop. The navigation lists the views marked {@code @Menu},
 * each under the translation key {@code shell.menu.<route, dots for slashes>}; Vaadin leaves out those
 * whose access annotations the signed-in person does not meet, so each role sees only its own pages.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    static final String MAIN_ID = "main-content";

    private final Main main = new Main();
    private final AuthenticationContext authentication;
    private final Preferences preferences;
    private @Nullable Locale builtFor;
    private Component[] frame = {};

    MainLayout(AuthenticationContext authentication, Preferences preferences) {
        this.authentication = authentication;
        this.preferences = preferences;
        setPrimarySection(Section.DRAWER);
        main.setId(MAIN_ID);
        // Focusable by script only, so the skip link can move focus here; never a Tab stop of its own.
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("main-content");
        setContent(main);
        addClassName("main-layout");
    }

    /** Called on attach and whenever the UI's language changes: the frame is built in the UI's language. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (event.getLocale().equals(builtFor)) {
            return;
        }
        builtFor = event.getLocale();
        remove(frame);
        buildFrame();
    }

    private void buildFrame() {
        Span brand = new Span("Keydesk");
        brand.addClassName("brand");
        Div brandBar = new Div(brand);
        brandBar.addClassName("brand-bar");
        Aside sidebar = new Aside(brandBar, new Scroller(navigation()), footer());
        sidebar.addClassName("sidebar");
        sidebar.getElement().setAttribute("aria-label", getTranslation("shell.sidebar"));
        addToDrawer(sidebar);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.drawer-toggle"));
        Span navbarBrand = new Span("Keydesk");
        navbarBrand.addClassNames("brand", "navbar-brand");
        Header topBar = new Header(skipLink(), toggle, navbarBrand);
        topBar.addClassName("top-bar");
        addToNavbar(topBar);
        frame = new Component[] {sidebar, topBar};
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(@Nullable HasElement oldContent) {
        if (oldContent != null) {
            oldContent.getElement().removeFromParent();
        }
    }

    /** Moves focus to the page's content in the browser itself: no round trip, no change of address. */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("shell.skip-link"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const main = document.getElementById($0);
                  if (main) { main.focus(); main.scrollIntoView(); }
                });""", MAIN_ID);
        return skip;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(menuKey(entry)), entry.menuClass());
            if (entry.icon() != null) {
                Icon icon = new Icon(entry.icon());
                icon.getElement().setAttribute("aria-hidden", "true");
                item.setPrefixComponent(icon);
            }
            nav.addItem(item);
        }
        return nav;
    }

    /** {@code shell.menu.api-keys}, {@code shell.menu.support.accounts}: the route, dots for slashes. */
    static String menuKey(MenuEntry entry) {
        String path = entry.path().replaceAll("^/+|/+$", "");
        return "shell.menu." + path.replace('/', '.');
    }

    private Div footer() {
        Div footer = new Div();
        footer.addClassName("user-footer");
        authentication.getAuthenticatedUser(KeydeskUser.class).ifPresentOrElse(user -> {
            Button logout = new Button(getTranslation("shell.user.logout"), VaadinIcon.SIGN_OUT.create(),
                    click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.addClassName("logout");
            footer.add(new UserMenu(user, preferences), logout);
        }, () -> {
            Anchor login = new Anchor("login", getTranslation("shell.login"));
            login.addClassName("login-link");
            footer.add(login);
        });
        return footer;
    }
}
