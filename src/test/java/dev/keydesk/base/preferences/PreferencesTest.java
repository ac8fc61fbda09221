package dev.keydesk.base.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keydesk.base.i18n.Languages;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Each person's language ("chosen, or last seen") and colour scheme, stored in their own row only. */
@IntegrationTest
class PreferencesTest {

    @Autowired
    Preferences preferences;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_new_user_has_no_preferences_and_follows_browser_and_device() {
        TestCustomer customer = accounts.newCustomer();

        assertThat(signedIn.as(customer.username(), preferences::mine)).contains(UserPreferences.NONE);
    }

    @Test
    void the_language_seen_at_sign_in_is_stored_until_one_is_chosen() {
        TestCustomer customer = accounts.newCustomer();

        signedIn.as(customer.username(), () -> preferences.languageSeen(Languages.BRAZILIAN_PORTUGUESE));

        assertThat(signedIn.as(customer.username(), preferences::mine)).contains(
                new UserPreferences(Languages.BRAZILIAN_PORTUGUESE, false, null));
    }

    @Test
    void a_chosen_language_is_never_overwritten_by_the_browser() {
        TestCustomer customer = accounts.newCustomer();

        signedIn.as(customer.username(), () -> {
            preferences.chooseLanguage(Languages.BRAZILIAN_PORTUGUESE);
            preferences.languageSeen(Languages.ENGLISH);
        });

        assertThat(signedIn.as(customer.username(), preferences::mine)).contains(
                new UserPreferences(Languages.BRAZILIAN_PORTUGUESE, true, null));
        assertThat(jdbc.sql("select language from app_user where id = ?").param(customer.userId())
                .query(String.class).single()).isEqualTo("pt-BR");
    }

    @Test
    void a_colour_scheme_is_remembered_and_can_go_back_to_the_device() {
        TestCustomer customer = accounts.newCustomer();

        signedIn.as(customer.username(), () -> preferences.chooseColorScheme(ColorSchemeChoice.DARK));
        assertThat(signedIn.as(customer.username(), preferences::mine).orElseThrow().colorScheme())
                .isEqualTo(ColorSchemeChoice.DARK);

        signedIn.as(customer.username(), () -> preferences.chooseColorScheme(null));
        assertThat(signedIn.as(customer.username(), preferences::mine).orElseThrow().colorScheme()).isNull();
    }

    @Test
    void choosing_changes_only_the_signed_in_persons_own_row() {
        TestCustomer chooser = accounts.newCustomer();
        TestCustomer other = accounts.newCustomer();

        signedIn.as(chooser.username(), () -> preferences.chooseLanguage(Languages.BRAZILIAN_PORTUGUESE));

        assertThat(signedIn.as(other.username(), preferences::mine)).contains(UserPreferences.NONE);
    }

    @Test
    void nobody_signed_in_has_no_preferences_and_cannot_choose() {
        assertThat(signedIn.anonymously(preferences::mine)).isEmpty();
        assertThatThrownBy(() -> signedIn.anonymously(() -> preferences.chooseLanguage(Languages.ENGLISH)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
