package dev.keydesk.base.preferences;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A signed-in person's stored preferences.
 *
 * @param language the language picked in the user menu, or else the one last seen in their browser; none yet
 * @param languageChosen whether {@code language} was picked (it then wins over the browser's)
 * @param colorScheme the scheme picked in the user menu; none follows the operating system
 */
public record UserPreferences(@Nullable Locale language, boolean languageChosen,
        @Nullable ColorSchemeChoice colorScheme) {

    public static final UserPreferences NONE = new UserPreferences(null, false, null);
}
