package dev.keydesk.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayTextTest {

    /** The bidi controls and zero-width characters of issue 9, and their relatives. */
    @ParameterizedTest(name = "U+{0} is refused")
    @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200B, 0x200C,
        0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x061C, 0x00AD, 0xE0041, 0x3164, 0x115F, 0x2028, 0x0000, 0x001B,
        0x007F, 0x0085, 0xD800})
    void invisible_text_direction_and_control_characters_inside_text_are_refused(int codePoint) {
        String text = "Invoice " + new String(Character.toChars(codePoint)) + " cdr.exe";
        assertThat(DisplayText.problem(DisplayText.normalize(text))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Production server", "Café Ünïcode", "日本語のキー", "Ключ для продакшена", "مفتاح الإنتاج",
        "emoji 🔑 ok", "no-break\u00A0space inside", "math ∑ and ©"})
    void ordinary_text_in_any_script_passes(String text) {
        assertThat(DisplayText.problem(DisplayText.normalize(text))).isEmpty();
    }

    @Test
    void a_text_direction_control_is_named_with_its_code_point() {
        assertThat(DisplayText.problem("\u202Etxt.exe")).hasValue(
                "Remove the text-direction character U+202E: it makes text read differently from what it is.");
        assertThat(DisplayText.problem("zero\u200Bwidth")).hasValue("Remove the invisible character U+200B.");
        assertThat(DisplayText.problem("line\nbreak")).hasValue(DisplayText.CONTROL);
    }

    @Test
    void text_is_stored_in_nfc_without_surrounding_space_of_any_kind() {
        assertThat(DisplayText.normalize("\u00A0 Cafe\u0301\u3000\n")).isEqualTo("Caf\u00E9");
        assertThat(DisplayText.normalize(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Acme Corp|acme corp", "  ACME  Corp |acme corp", "Acme\u00A0Corp|acme corp",
        "Cafe\u0301|caf\u00E9", "CAF\u00C9|caf\u00E9", "\u0130stanbul|i\u0307stanbul"})
    void names_compare_by_case_insensitive_nfc_keys_with_single_spaces(String name, String key) {
        assertThat(DisplayText.comparisonKey(name)).isEqualTo(key);
    }
}
