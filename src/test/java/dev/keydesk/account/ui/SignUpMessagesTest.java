package dev.keydesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import dev.keydesk.account.SignUpProblem;
import dev.keydesk.base.text.RefusedCharacter;
import org.junit.jupiter.api.Test;

/** The sign-up form says every refusal of the domain in both languages, and in English as the domain does. */
class SignUpMessagesTest {

    static Properties translations(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                SignUpMessagesTest.class.getResourceAsStream("/vaadin-i18n/" + file)), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void every_sign_up_problem_reads_in_english_exactly_as_the_domain_writes_it() throws IOException {
        Properties english = translations("translations.properties");
        for (SignUpProblem problem : SignUpProblem.values()) {
            if (problem == SignUpProblem.REFUSED_CHARACTER) {
                continue;
            }
            List<Object> args = List.of(12, 64);
            String pattern = english.getProperty(SignUpMessages.key(problem));
            assertThat(pattern).as(problem.name()).isNotNull();
            // Vaadin formats a translation only when it has arguments, as here.
            String shown = pattern.contains("{") ? new MessageFormat(pattern, Locale.ENGLISH).format(args.toArray())
                    : pattern;
            assertThat(shown).as(problem.name()).isEqualTo(problem.english(args));
        }
    }

    @Test
    void every_sign_up_problem_and_refused_character_has_a_portuguese_text_of_its_own() throws IOException {
        Properties english = translations("translations.properties");
        Properties portuguese = translations("translations_pt_BR.properties");
        for (SignUpProblem problem : SignUpProblem.values()) {
            List<String> keys = problem == SignUpProblem.REFUSED_CHARACTER
                    ? List.of(RefusedCharacter.Kind.values()).stream().map(kind -> "register.error.refused-character."
                            + SignUpMessages.slug(kind.name())).toList()
                    : List.of(SignUpMessages.key(problem));
            for (String key : keys) {
                assertThat(english.getProperty(key)).as(key).isNotBlank();
                assertThat(portuguese.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
            }
        }
    }
}
