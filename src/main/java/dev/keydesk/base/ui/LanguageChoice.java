package dev.keydesk.base.ui;

import java.util.List;
import java.util.Locale;

import dev.keydesk.base.i18n.Languages;
import dev.keydesk.base.preferences.UserPreferences;
import org.jspecify.annotations.Nullable;

/**
 * Which language a new page opens in: the language the person picked and stored (signed in), else the
 * one picked earlier in this browser session (also before signing in), else the browser's
 * Accept-Language (any Portuguese is Brazilian Portuguese), else English.
 */
final class LanguageChoice {

    private LanguageChoice() {
    }

    static Locale resolve(UserPreferences stored, @Nullable Locale pickedThisSession, List<Locale> browser) {
        if (stored.languageChosen() && stored.language() != null) {
            return stored.language();
        }
        if (pickedThisSession != null) {
            return Languages.supported(pickedThisSession);
        }
        return Languages.fromBrowser(browser);
    }
}
