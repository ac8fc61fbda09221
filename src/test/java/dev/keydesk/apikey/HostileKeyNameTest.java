package dev.keydesk.apikey;

import static dev.keydesk.testsupport.HostileText.invisible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import dev.keydesk.testsupport.HostileText;
import dev.keydesk.testsupport.NoErrorLogged;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile key names at the service: each row an input and the field's message; nothing changes. */
@ExtendWith(NoErrorLogged.class)
class HostileKeyNameTest extends KeyServiceTestBase {

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("empty", "", "Enter a name for the key."),
                arguments("spaces of every kind", " \u00A0\u3000\t", "Enter a name for the key."),
                arguments("101 characters", "x".repeat(101), "Use at most 100 characters."),
                arguments("100,000 characters", "x".repeat(100_000), "Use at most 100 characters."),
                arguments("line break", "line\nbreak", HostileText.CONTROL),
                arguments("NUL", HostileText.NUL, HostileText.CONTROL),
                arguments("terminal escape", HostileText.ANSI_ESCAPE, HostileText.CONTROL),
                arguments("U+202E right-to-left override", HostileText.RIGHT_TO_LEFT_OVERRIDE, HostileText.RLO_MESSAGE),
                arguments("U+2066 isolate", HostileText.ISOLATE, HostileText.LRI_MESSAGE),
                arguments("U+200B zero width space", "prod\u200Bkey", invisible(0x200B)),
                arguments("U+200C zero width non-joiner", "prod\u200Ckey", invisible(0x200C)),
                arguments("U+200D zero width joiner", "prod\u200Dkey", invisible(0x200D)),
                arguments("U+2060 word joiner", "prod\u2060key", invisible(0x2060)),
                arguments("U+FEFF byte order mark", "\uFEFFprod", invisible(0xFEFF)),
                arguments("Hangul filler only", "\u3164", invisible(0x3164)),
                arguments("lone surrogate", "prod\uD800key", invisible(0xD800)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void generate_refuses_the_name_with_the_fields_message_and_saves_nothing(String row, String name,
            String message) {
        TestCustomer customer = accounts.newCustomer();

        assertThatExceptionOfType(InvalidKeyNameException.class).isThrownBy(() -> generate(customer, name))
                .withMessage(message);

        assertThat(tables.keyRows(customer.accountId())).isZero();
        assertThat(tables.auditRows(customer.accountId())).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void rename_refuses_the_name_with_the_fields_message_and_changes_nothing(String row, String name,
            String message) {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = generate(customer, "Original");

        assertThatExceptionOfType(InvalidKeyNameException.class).isThrownBy(() -> rename(customer, key, name))
                .withMessage(message);

        assertThat(tables.name(key.key().id())).isEqualTo("Original");
        assertThat(tables.auditRows(customer.accountId())).isEqualTo(1);
    }

    static Stream<Arguments> acceptedAsText() {
        return Stream.of(
                arguments("markup", HostileText.HTML, HostileText.HTML),
                arguments("SQL", HostileText.SQL, HostileText.SQL),
                arguments("NFD is stored as NFC", "Re\u0301sume\u0301 service", "R\u00E9sum\u00E9 service"),
                arguments("right-to-left script", "مفتاح الإنتاج", "مفتاح الإنتاج"),
                arguments("emoji", "Deploy 🔑", "Deploy 🔑"));
    }

    /** The dashboard shows names as text (Vaadin escapes them); markup and SQL are only characters. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedAsText")
    void names_that_are_only_unusual_text_are_stored_as_typed_in_nfc(String row, String name, String stored) {
        TestCustomer customer = accounts.newCustomer();

        NewApiKey key = generate(customer, name);

        assertThat(tables.name(key.key().id())).isEqualTo(stored);
        assertThat(tables.keyRows(customer.accountId())).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nfcTwins")
    void a_name_in_another_unicode_form_or_case_is_the_same_name(String existing, String twin) {
        TestCustomer customer = accounts.newCustomer();
        generate(customer, existing);

        assertThatExceptionOfType(InvalidKeyNameException.class).isThrownBy(() -> generate(customer, twin))
                .withMessage(ApiKeyService.NAME_TAKEN);
        assertThat(tables.keyRows(customer.accountId())).isEqualTo(1);
    }

    static Stream<Arguments> nfcTwins() {
        return Stream.of(arguments("Caf\u00E9", "Cafe\u0301"), arguments("Cafe\u0301", "CAF\u00C9"),
                arguments("\u00C5ngstr\u00F6m", "A\u030Angstro\u0308m"));
    }
}
