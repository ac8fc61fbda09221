package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.stream.Stream;

import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KeyNameValidationTest extends KeyServiceTestBase {

    static Stream<String> badNames() {
        return Stream.of("", "   ", " \t ", "x".repeat(KeyName.MAX_LENGTH + 1), "line\nbreak", "tab\tinside",
                "bell\u0007");
    }

    @ParameterizedTest
    @MethodSource("badNames")
    void generate_refuses_a_bad_name_and_saves_nothing(String name) {
        TestCustomer customer = accounts.newCustomer();

        assertThatExceptionOfType(InvalidKeyNameException.class).isThrownBy(() -> generate(customer, name));

        assertThat(tables.keyRows(customer.accountId())).isZero();
        assertThat(tables.auditRows(customer.accountId())).isZero();
    }

    @ParameterizedTest
    @MethodSource("badNames")
    void rename_refuses_a_bad_name_and_changes_nothing(String name) {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = generate(customer, "Original");

        assertThatExceptionOfType(InvalidKeyNameException.class).isThrownBy(() -> rename(customer, key, name));

        assertThat(tables.name(key.key().id())).isEqualTo("Original");
        assertThat(tables.auditRows(customer.accountId())).isEqualTo(1);
    }

    @Test
    void a_name_of_exactly_the_maximum_length_is_accepted() {
        TestCustomer customer = accounts.newCustomer();
        String longest = "y".repeat(KeyName.MAX_LENGTH);

        assertThat(generate(customer, longest).key().name()).isEqualTo(longest);
    }

    @Test
    void generate_refuses_a_name_another_key_has_compared_trimmed_and_case_insensitively() {
        TestCustomer customer = accounts.newCustomer();
        generate(customer, "prod");

        assertThatExceptionOfType(InvalidKeyNameException.class).isThrownBy(() -> generate(customer, " Prod "))
                .withMessage(ApiKeyService.NAME_TAKEN);

        assertThat(tables.keyRows(customer.accountId())).isEqualTo(1);
        assertThat(tables.auditRows(customer.accountId())).isEqualTo(1);
    }

    @Test
    void rename_refuses_a_name_another_key_has_compared_trimmed_and_case_insensitively() {
        TestCustomer customer = accounts.newCustomer();
        generate(customer, "prod");
        NewApiKey other = generate(customer, "staging");

        assertThatExceptionOfType(InvalidKeyNameException.class).isThrownBy(() -> rename(customer, other, " PROD "));

        assertThat(tables.name(other.key().id())).isEqualTo("staging");
        assertThat(tables.auditRows(customer.accountId())).isEqualTo(2);
    }

    @Test
    void a_deactivated_key_still_holds_its_name() {
        TestCustomer customer = accounts.newCustomer();
        tables.deactivate(generate(customer, "prod").key().id());

        assertThatExceptionOfType(InvalidKeyNameException.class).isThrownBy(() -> generate(customer, "Prod"));
    }

    @Test
    void a_key_may_be_renamed_to_its_own_name_in_other_letter_case() {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = generate(customer, "prod");

        assertThat(rename(customer, key, "PROD").name()).isEqualTo("PROD");
    }

    @Test
    void the_same_name_may_be_used_by_another_account() {
        generate(accounts.newCustomer(), "prod");

        assertThat(generate(accounts.newCustomer(), "prod").key().name()).isEqualTo("prod");
    }

    @Test
    void a_deleted_key_name_is_free_again() {
        TestCustomer customer = accounts.newCustomer();
        delete(customer, generate(customer, "prod"));

        assertThat(generate(customer, "Prod").key().name()).isEqualTo("Prod");
        NewApiKey other = generate(customer, "other");
        delete(customer, generate(customer, "old name"));
        assertThat(rename(customer, other, "Old Name").name()).isEqualTo("Old Name");
    }

    @Test
    void names_are_stored_trimmed() {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = generate(customer, "  Padded name \t");

        assertThat(tables.name(key.key().id())).isEqualTo("Padded name");
        assertThat(tables.keyRow(key.key().id())).containsEntry("name_key", "padded name");
        rename(customer, key, "  Renamed  ");
        assertThat(tables.name(key.key().id())).isEqualTo("Renamed");
    }

    @Test
    void html_in_a_name_is_stored_as_typed() {
        TestCustomer customer = accounts.newCustomer();
        String html = "<b>bold</b> & <script>alert('x')</script>";

        NewApiKey key = generate(customer, html);

        assertThat(tables.name(key.key().id())).isEqualTo(html);
    }
}
