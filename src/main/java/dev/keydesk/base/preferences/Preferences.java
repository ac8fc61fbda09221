package dev.keydesk.base.preferences;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.base.i18n.Languages;
import dev.keydesk.security.KeydeskUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's language and colour scheme, in their app_user row (columns of V9). It lives in
 * base/ because the shell applies them and base/ may not depend on account/. Besides this class, only a
 * confirmed sign-up writes the language (the form's, AppUserRepository.keepLanguage) before the first sign-in.
 * Every method acts on the signed-in person only, so no one can change another's preferences.
 */
@Service
public class Preferences {

    private final JdbcClient jdbc;
    private final SecurityContextHolderStrategy contexts;

    Preferences(JdbcClient jdbc, SecurityContextHolderStrategy contexts) {
        this.jdbc = jdbc;
        this.contexts = contexts;
    }

    /** The signed-in person's preferences; empty when nobody is signed in. */
    @Transactional(readOnly = true)
    public Optional<UserPreferences> mine() {
        return signedIn().map(id -> jdbc.sql("select language, language_chosen, color_scheme from app_user where id = ?")
                .param(id)
                .query((row, n) -> new UserPreferences(Languages.fromTag(row.getString("language")).orElse(null),
                        row.getBoolean("language_chosen"), scheme(row.getString("color_scheme"))))
                .optional().orElse(UserPreferences.NONE));
    }

    /** The language picked in the user menu: it wins over the browser's from now on, on every device. */
    @Transactional
    public void chooseLanguage(Locale language) {
        jdbc.sql("update app_user set language = ?, language_chosen = true where id = ?")
                .params(Languages.tag(language), require()).update();
    }

    /**
     * The language the person's browser showed at sign-in, kept for mails while they have picked none;
     * a picked language is never overwritten.
     */
    @Transactional
    public void languageSeen(Locale language) {
        String tag = Languages.tag(language);
        signedIn().ifPresent(id -> jdbc.sql("""
                update app_user set language = ? where id = ? and not language_chosen
                and (language is null or language <> ?)""").params(tag, id, tag).update());
    }

    /** The scheme picked in the user menu; {@code null} goes back to following the operating system. */
    @Transactional
    public void chooseColorScheme(@Nullable ColorSchemeChoice scheme) {
        jdbc.sql("update app_user set color_scheme = ? where id = ?")
                .params(scheme == null ? null : scheme.name(), require()).update();
    }

    private UUID require() {
        return signedIn().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to do this."));
    }

    private Optional<UUID> signedIn() {
        Authentication authentication = contexts.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof KeydeskUser user
                ? Optional.of(user.id()) : Optional.empty();
    }

    private static @Nullable ColorSchemeChoice scheme(@Nullable String stored) {
        return stored == null ? null : ColorSchemeChoice.valueOf(stored);
    }
}
