package dev.keydesk.base.ui;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.page.ColorScheme;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.base.preferences.ColorSchemeChoice;
import dev.keydesk.base.preferences.Preferences;
import dev.keydesk.security.KeydeskUser;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's menu: who they are, the language ("English", "Português (Brasil)", each marked
 * with its own {@code lang}) and the appearance (the device's scheme, light or dark). Both choices are
 * stored with the user, so every device and every mail follows them. A language change reloads the page,
 * which then opens in the new language everywhere (ShellSetup).
 */
class UserMenu extends MenuBar {

    private final Preferences preferences;
    private final Map<Locale, MenuItem> languages = new HashMap<>();
    private final Map<Scheme, MenuItem> schemes = new EnumMap<>(Scheme.class);

    /** The three appearance choices; DEVICE stores none and follows the operating system. */
    enum Scheme {
        DEVICE("shell.user.appearance.system", null),
        LIGHT("shell.user.appearance.light", ColorSchemeChoice.LIGHT),
        DARK("shell.user.appearance.dark", ColorSchemeChoice.DARK);

        final String key;
        final @Nullable ColorSchemeChoice stored;

        Scheme(String key, @Nullable ColorSchemeChoice stored) {
            this.key = key;
            this.stored = stored;
        }

        static Scheme of(@Nullable ColorSchemeChoice stored) {
            return stored == null ? DEVICE : stored == ColorSchemeChoice.DARK ? DARK : LIGHT;
        }
    }

    UserMenu(KeydeskUser user, Preferences preferences) {
        this.preferences = preferences;
        addClassName("user-menu");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = addItem(identity(user));
        root.setAriaLabel(getTranslation("shell.user.menu", user.displayName()));
        SubMenu menu = root.getSubMenu();

        Locale current = Languages.supported(UI.getCurrent().getLocale());
        for (Locale language : Languages.SUPPORTED) {
            MenuItem item = menu.addItem(Languages.nativeName(language), click -> chooseLanguage(language));
            item.getElement().setAttribute("lang", language.toLanguageTag());
            item.setCheckable(true);
            item.setChecked(language.equals(current));
            languages.put(language, item);
        }
        menu.addSeparator();
        MenuItem appearance = menu.addItem(getTranslation("shell.user.appearance"));
        Scheme stored = Scheme.of(preferences.mine().map(p -> p.colorScheme()).orElse(null));
        for (Scheme scheme : Scheme.values()) {
            MenuItem item = appearance.getSubMenu().addItem(getTranslation(scheme.key), click -> chooseScheme(scheme));
            item.setCheckable(true);
            item.setChecked(scheme == stored);
            schemes.put(scheme, item);
        }
    }

    private Div identity(KeydeskUser user) {
        Icon avatar = VaadinIcon.USER.create();
        avatar.addClassName("user-icon");
        avatar.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Span role = new Span(getTranslation(user.isSupport() ? "shell.user.role.support" : "shell.user.role.customer"));
        role.addClassName("user-role");
        Div text = new Div(name, role);
        text.addClassName("user-identity-text");
        Icon open = VaadinIcon.CHEVRON_UP_SMALL.create();
        open.getElement().setAttribute("aria-hidden", "true");
        Div identity = new Div(avatar, text, open);
        identity.addClassName("user-identity");
        return identity;
    }

    void chooseLanguage(Locale language) {
        preferences.chooseLanguage(language);
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(ShellSetup.SESSION_LANGUAGE, language);
        languages.forEach((locale, item) -> item.setChecked(locale.equals(language)));
        ui.setLocale(language);
        ui.getPage().executeJs("document.documentElement.lang = $0", language.toLanguageTag());
        // Every text on the page was built in the old language: the reloaded page is built in the new one.
        ui.getPage().reload();
    }

    void chooseScheme(Scheme scheme) {
        preferences.chooseColorScheme(scheme.stored);
        schemes.forEach((each, item) -> item.setChecked(each == scheme));
        UI.getCurrent().getPage().setColorScheme(switch (scheme) {
            case DEVICE -> ColorScheme.Value.LIGHT_DARK;
            case LIGHT -> ColorScheme.Value.LIGHT;
            case DARK -> ColorScheme.Value.DARK;
        });
    }
}
