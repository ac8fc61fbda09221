package dev.keydesk.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The I18NProvider: the two files, never the server's own locale, a visible marker for a missing key. */
class TranslationsTest {

    private final Translations translations = new Translations();
    private final Locale jvmDefault = Locale.getDefault();

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void each_language_reads_its_own_file() {
        assertThat(translations.translate(Languages.ENGLISH, "security.title")).isEqualTo("Security");
        assertThat(translations.translate(Languages.BRAZILIAN_PORTUGUESE, "security.title")).isEqualTo("Segurança");
    }

    @Test
    void a_server_running_in_portuguese_still_answers_english_readers_in_english() {
        Locale.setDefault(Languages.BRAZILIAN_PORTUGUESE);

        assertThat(translations.translate(Locale.US, "security.title")).isEqualTo("Security");
        assertThat(translations.translate(Locale.FRENCH, "security.title")).isEqualTo("Security");
    }

    @Test
    void any_portuguese_reads_the_brazilian_file() {
        assertThat(translations.translate(Locale.forLanguageTag("pt-PT"), "security.title")).isEqualTo("Segurança");
    }

    @Test
    void arguments_fill_the_placeholders_of_either_language() {
        assertThat(translations.translate(Languages.ENGLISH, "shell.page-title", "Ana")).isEqualTo("Ana · Keydesk");
        assertThat(translations.translate(Languages.BRAZILIAN_PORTUGUESE, "shell.page-title", "Página"))
                .isEqualTo("Página · Keydesk");
    }

    @Test
    void a_missing_key_shows_a_marker_the_tests_find() {
        assertThat(translations.translate(Languages.ENGLISH, "no.such.key")).isEqualTo("!{no.such.key}!");
    }

    @Test
    void vaadin_sees_english_first_as_the_default() {
        assertThat(translations.getProvidedLocales()).containsExactly(Languages.ENGLISH, Languages.BRAZILIAN_PORTUGUESE);
        assertThat(translations.getDefaultLocale()).isEqualTo(Languages.ENGLISH);
    }
}
