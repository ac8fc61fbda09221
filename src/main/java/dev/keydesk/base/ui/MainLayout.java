package dev.keydesk.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.keydesk.security.KeydeskUser;

/**
 * The frame of every signed-in page: the side navigation, the signed-in user, log out. The navigation
 * lists the views marked {@code @Menu}; Vaadin leaves out those whose access annotations
 * ({@code @RolesAllowed}) the signed-in person does not meet, so each role sees only its own pages.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span("Keydesk");
        brand.addClassName("brand");
        Div brandBar = new Div(brand);
        brandBar.addClassName("brand-bar");
        addToDrawer(brandBar, new Scroller(navigation()), userFooter(authentication));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        Span navbarBrand = new Span("Keydesk");
        navbarBrand.addClassNames("brand", "navbar-brand");
        addToNavbar(toggle, navbarBrand);
        addClassName("main-layout");
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel("Main");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.menuClass());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private static Div userFooter(AuthenticationContext authentication) {
        Div footer = new Div();
        footer.addClassName("user-footer");
        authentication.getAuthenticatedUser(KeydeskUser.class).ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.addClassName("user-name");
            Span role = new Span(user.isSupport() ? "Support staff" : "Customer");
            role.addClassName("user-role");
            Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            footer.add(new Div(name, role), logout);
        });
        return footer;
    }
}
