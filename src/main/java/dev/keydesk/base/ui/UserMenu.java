package dev.keydesk.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.base.preferences.ColorSchemeChoice;
import dev.keydesk.base.preferences.Preferences;
import dev.keydesk.security.KeydeskUser;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's menu, a disclosure (a button that shows and hides a panel; Esc closes it): who
 * they are, the language ("English", "Português (Brasil)", each marked with its own {@code lang}) and the
 * appearance (the device's scheme, light or dark) as radio groups. Plain radio groups rather than Vaadin's
 * MenuBar, whose menu items carry ARIA that axe reports as critical and show the checked state only
 * visually. Both choices are stored with the user, so every device and every mail follows them. A language
 * change reloads the page, which then opens in the new language everywhere (ShellSetup).
 */
class UserMenu extends Div {

    static final String PANEL_ID = "user-menu-panel";

    private final Preferences preferences;
    private final Button toggle;
    private final Div panel;
    final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    final RadioButtonGroup<Scheme> appearance = new RadioButtonGroup<>();

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

        toggle = new Button(identity(user), click -> setOpen(!isOpen()));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName("user-menu-toggle");
        toggle.getElement().setAttribute("aria-controls", PANEL_ID);

        language.setLabel(getTranslation("shell.user.language"));
        language.setItems(Languages.SUPPORTED);
        language.setRenderer(new ComponentRenderer<>(locale -> {
            Span name = new Span(Languages.nativeName(locale));
            name.getElement().setAttribute("lang", locale.toLanguageTag());
            return name;
        }));
        language.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        language.setValue(Languages.supported(UI.getCurrent().getLocale()));
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                chooseLanguage(change.getValue());
            }
        });

        appearance.setLabel(getTranslation("shell.user.appearance"));
        appearance.setItems(Scheme.values());
        appearance.setItemLabelGenerator(scheme -> getTranslation(scheme.key));
        appearance.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        appearance.setValue(Scheme.of(preferences.mine().map(stored -> stored.colorScheme()).orElse(null)));
        appearance.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                chooseScheme(change.getValue());
            }
        });

        panel = new Div(language, appearance);
        panel.setId(PANEL_ID);
        panel.addClassName("user-menu-panel");
        Shortcuts.addShortcutListener(panel, () -> {
            setOpen(false);
            toggle.focus();
        }, Key.ESCAPE).listenOn(panel);
        add(toggle, panel);
        setOpen(false);
    }

    boolean isOpen() {
        return panel.isVisible();
    }

    void setOpen(boolean open) {
        panel.setVisible(open);
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }

    private Div identity(KeydeskUser user) {
        Icon avatar = VaadinIcon.USER.create();
        avatar.addClassName("user-icon");
        avatar.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Span role = new Span(getTranslation(user.isSupport() ? "shell.user.role.support" : "shell.user.role.customer"));
        role.addClassName("user-role");
        // Announced before the visible name and role, which stay the whole of what is seen (WCAG 2.5.3).
        Span purpose = new Span(getTranslation("shell.user.menu") + " ");
        purpose.addClassName("sr-only");
        Div text = new Div(purpose, name, role);
        text.addClassName("user-identity-text");
        Icon open = VaadinIcon.CHEVRON_UP_SMALL.create();
        open.addClassName("user-menu-chevron");
        open.getElement().setAttribute("aria-hidden", "true");
        Div identity = new Div(avatar, text, open);
        identity.addClassName("user-identity");
        return identity;
    }

    void chooseLanguage(Locale chosen) {
        preferences.chooseLanguage(chosen);
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(ShellSetup.SESSION_LANGUAGE, chosen);
        language.setValue(chosen);
        ui.setLocale(chosen);
        ui.getPage().executeJs("document.documentElement.lang = $0", chosen.toLanguageTag());
        // Every text on the page was built in the old language: the reloaded page is built in the new one.
        ui.getPage().reload();
    }

    void chooseScheme(Scheme scheme) {
        preferences.chooseColorScheme(scheme.stored);
        appearance.setValue(scheme);
        UI.getCurrent().getPage().setColorScheme(switch (scheme) {
            case DEVICE -> ColorScheme.Value.LIGHT_DARK;
            case LIGHT -> ColorScheme.Value.LIGHT;
            case DARK -> ColorScheme.Value.DARK;
        });
    }
}
