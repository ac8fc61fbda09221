package dev.keydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.page.ColorScheme;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.base.preferences.ColorSchemeChoice;
import dev.keydesk.base.preferences.Preferences;
import dev.keydesk.base.preferences.UserPreferences;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each page opens in the person's language (stored choice, then this session's pick, then the browser's,
 * then English) with {@code <html lang>} to match, and in their picked colour scheme. Fresh users only:
 * a demo user's stored language would change what every other test sees.
 */
class ShellLanguageTest extends BrowserlessTestBase {

    @Autowired
    ShellSetup shellSetup;
    @Autowired
    Preferences preferences;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_chosen_language_opens_the_page_in_it_with_html_lang_to_match() {
        TestCustomer customer = accounts.newCustomer();
        signedIn.as(customer.username(), () -> {
            preferences.chooseLanguage(Languages.BRAZILIAN_PORTUGUESE);
            shellSetup.apply(UI.getCurrent());
        });

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.BRAZILIAN_PORTUGUESE);
        assertThat(UI.getCurrent().getTranslation("shell.menu.api-keys")).isEqualTo("Chaves de API");
        assertThat(htmlLangUpdates()).last().isEqualTo("pt-BR");
    }

    @Test
    void vaadin_translates_through_keydesks_provider() {
        assertThat(UI.getCurrent().getTranslation("no.such.key")).isEqualTo("!{no.such.key}!");
    }

    @Test
    void without_a_choice_the_browser_language_is_used_and_stored_for_mails() {
        TestCustomer customer = accounts.newCustomer();

        signedIn.as(customer.username(), () -> shellSetup.apply(UI.getCurrent()));

        Locale language = UI.getCurrent().getLocale();
        assertThat(language).isIn(Languages.SUPPORTED);
        assertThat(jdbc.sql("select language from app_user where id = ?").param(customer.userId())
                .query(String.class).single()).isEqualTo(language.toLanguageTag());
        assertThat(signedIn.as(customer.username(), preferences::mine).orElseThrow().languageChosen()).isFalse();
    }

    @Test
    void a_language_picked_before_signing_in_holds_for_the_session() {
        UI.getCurrent().getSession().setAttribute(ShellSetup.SESSION_LANGUAGE, Languages.BRAZILIAN_PORTUGUESE);

        signedIn.anonymously(() -> shellSetup.apply(UI.getCurrent()));

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.BRAZILIAN_PORTUGUESE);
    }

    @Test
    void the_stored_choice_beats_the_sessions_pick_and_the_browser() {
        assertThat(LanguageChoice.resolve(new UserPreferences(Languages.ENGLISH, true, null),
                Languages.BRAZILIAN_PORTUGUESE, List.of(Locale.forLanguageTag("pt-BR")))).isEqualTo(Languages.ENGLISH);
        assertThat(LanguageChoice.resolve(new UserPreferences(Languages.ENGLISH, false, null), null,
                List.of(Locale.forLanguageTag("pt")))).isEqualTo(Languages.BRAZILIAN_PORTUGUESE);
        assertThat(LanguageChoice.resolve(UserPreferences.NONE, null, List.of())).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void a_picked_dark_scheme_is_applied_to_the_page() {
        TestCustomer customer = accounts.newCustomer();
        signedIn.as(customer.username(), () -> {
            preferences.chooseColorScheme(ColorSchemeChoice.DARK);
            shellSetup.apply(UI.getCurrent());
        });

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
    }

    private static List<Object> htmlLangUpdates() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(invocation -> invocation.getExpression().contains("documentElement.lang"))
                .map(invocation -> invocation.getParameters().getFirst()).toList();
    }
}
