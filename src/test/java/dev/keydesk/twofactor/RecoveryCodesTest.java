package dev.keydesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void a_set_is_ten_different_codes_of_lowercase_letters_and_digits_in_two_groups_of_five() {
        RecoveryCodes codes = RecoveryCodes.generate();

        assertThat(codes.codes()).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[a-z0-9]{5}-[a-z0-9]{5}"));
    }

    @Test
    void two_sets_share_no_code() {
        assertThat(RecoveryCodes.generate().codes()).doesNotContainAnyElementsOf(RecoveryCodes.generate().codes());
    }

    @Test
    void a_typed_code_is_read_whatever_its_case_spaces_or_hyphen() {
        assertThat(RecoveryCodes.canonical("AB3DE-9XYZ0")).hasValue("ab3de-9xyz0");
        assertThat(RecoveryCodes.canonical(" ab3de 9xyz0 ")).hasValue("ab3de-9xyz0");
        assertThat(RecoveryCodes.canonical("ab3de9xyz0")).hasValue("ab3de-9xyz0");
    }

    @Test
    void text_that_cannot_be_a_code_is_refused_before_any_hash_is_computed() {
        assertThat(RecoveryCodes.canonical("ab3de-9xyz")).isEmpty();
        assertThat(RecoveryCodes.canonical("ab3de-9xyz01")).isEmpty();
        assertThat(RecoveryCodes.canonical("ab3d\u00e9-9xyz0")).isEmpty();
        assertThat(RecoveryCodes.canonical("")).isEmpty();
    }

    @Test
    void a_set_of_another_size_or_form_is_refused() {
        assertThatThrownBy(() -> new RecoveryCodes(List.of("ab3de-9xyz0"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_download_has_one_code_a_line_and_the_string_form_shows_none() {
        RecoveryCodes codes = RecoveryCodes.generate();

        assertThat(codes.asText().lines()).containsExactlyElementsOf(codes.codes());
        assertThat(codes.toString()).doesNotContain(codes.codes().getFirst());
    }
}
