package dev.keydesk.base.ui;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.base.preferences.ColorSchemeChoice;
import dev.keydesk.base.preferences.Preferences;
import dev.keydesk.base.preferences.UserPreferences;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Opens every page in the person's language and colour scheme: sets the UI's locale (so every
 * {@code getTranslation} and every date follows it), {@code <html lang>} (WCAG 3.1.1) in the first HTML
 * and on each change, and the picked colour scheme (none picked: the operating system's, see AppShell).
 * For a signed-in person who picked no language, the browser's language is stored for their mails.
 */
@Component
class ShellSetup implements VaadinServiceInitListener {

    /** The language picked in the menu during this browser session, signed in or not. */
    static final String SESSION_LANGUAGE = ShellSetup.class.getName() + ".language";

    private static final Logger log = LoggerFactory.getLogger(ShellSetup.class);

    private final Preferences preferences;

    ShellSetup(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
        event.addIndexHtmlRequestListener(this::setHtmlLang);
    }

    void apply(UI ui) {
        UserPreferences stored = stored();
        Locale language = LanguageChoice.resolve(stored, sessionLanguage(ui.getSession()), browserLanguages());
        ui.setLocale(language);
        ui.getPage().executeJs("document.documentElement.lang = $0", language.toLanguageTag());
        if (stored.colorScheme() != null) {
            ui.getPage().setColorScheme(stored.colorScheme() == ColorSchemeChoice.DARK
                    ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        }
        if (!stored.languageChosen() && !language.equals(stored.language())) {
            try {
                preferences.languageSeen(language);
            } catch (DataAccessException unavailable) {
                // Only the language of later mails is at stake; the page opens either way.
                log.debug("Could not store the language seen: {}", unavailable.getClass().getSimpleName());
            }
        }
    }

    /** The person's stored preferences; during a database outage none, so the (error) page still opens. */
    private UserPreferences stored() {
        try {
            return preferences.mine().orElse(UserPreferences.NONE);
        } catch (DataAccessException unavailable) {
            return UserPreferences.NONE;
        }
    }

    private void setHtmlLang(IndexHtmlResponse response) {
        Locale language = response.getUI().map(UI::getLocale).orElseGet(() -> LanguageChoice.resolve(
                stored(), sessionLanguage(VaadinSession.getCurrent()), browserLanguages()));
        response.getDocument().getElementsByTag("html").attr("lang", Languages.supported(language).toLanguageTag());
    }

    static @Nullable Locale sessionLanguage(@Nullable VaadinSession session) {
        return session != null && session.getAttribute(SESSION_LANGUAGE) instanceof Locale locale ? locale : null;
    }

    private static List<Locale> browserLanguages() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? List.of() : Collections.list(request.getLocales());
    }
}
