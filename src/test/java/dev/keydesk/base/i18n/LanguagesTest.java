package dev.keydesk.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Contract, "Languages": Brazilian Portuguese when the browser asks for pt, English otherwise. */
class LanguagesTest {

    @Test
    void any_portuguese_the_browser_asks_for_is_brazilian_portuguese() {
        for (String tag : List.of("pt", "pt-BR", "pt-PT", "pt-AO")) {
            assertThat(Languages.fromBrowser(List.of(Locale.forLanguageTag(tag)))).as(tag)
                    .isEqualTo(Languages.BRAZILIAN_PORTUGUESE);
        }
    }

    @Test
    void the_first_language_keydesk_speaks_wins_in_the_browser_order() {
        assertThat(Languages.fromBrowser(List.of(Locale.FRENCH, Locale.forLanguageTag("pt"), Locale.ENGLISH)))
                .isEqualTo(Languages.BRAZILIAN_PORTUGUESE);
        assertThat(Languages.fromBrowser(List.of(Locale.US, Locale.forLanguageTag("pt-BR"))))
                .isEqualTo(Languages.ENGLISH);
    }

    @Test
    void a_browser_asking_for_no_language_keydesk_speaks_gets_english() {
        assertThat(Languages.fromBrowser(List.of(Locale.GERMAN, Locale.JAPANESE))).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromBrowser(List.of())).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void stored_tags_read_back_only_as_supported_languages() {
        assertThat(Languages.fromTag("pt-BR")).contains(Languages.BRAZILIAN_PORTUGUESE);
        assertThat(Languages.fromTag("en")).contains(Languages.ENGLISH);
        assertThat(Languages.fromTag("fr")).isEmpty();
        assertThat(Languages.fromTag(null)).isEmpty();
        assertThat(Languages.tag(Locale.forLanguageTag("pt-PT"))).isEqualTo("pt-BR");
        assertThat(Languages.tag(Locale.US)).isEqualTo("en");
    }

    @Test
    void languages_are_named_in_themselves() {
        assertThat(Languages.nativeName(Languages.ENGLISH)).isEqualTo("English");
        assertThat(Languages.nativeName(Languages.BRAZILIAN_PORTUGUESE)).isEqualTo("Português (Brasil)");
    }
}
