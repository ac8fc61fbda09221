package dev.keydesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The scan finds markers and English words, and lets fixture data and Portuguese through. */
class UntranslatedTextTest {

    @Test
    void a_missing_translation_marker_is_found() {
        assertThat(UntranslatedText.problems(List.of("!{apikeys.title}!", "!pt: apikeys.title"), List.of()))
                .hasSize(2).allSatisfy(problem -> assertThat(problem).startsWith("missing translation"));
    }

    @Test
    void english_words_are_found_with_the_text_they_are_in() {
        assertThat(UntranslatedText.problems(List.of("Generate API Key"), List.of()))
                .containsExactly("English [generate, key] in \"Generate API Key\"");
    }

    @Test
    void portuguese_text_and_ignored_fixture_data_pass() {
        assertThat(UntranslatedText.problems(List.of("Gerar chave de API", "Status", "Menu da conta de customer",
                "Chave “Nightly batch” criada"), List.of("customer", "Nightly batch"))).isEmpty();
    }
}
