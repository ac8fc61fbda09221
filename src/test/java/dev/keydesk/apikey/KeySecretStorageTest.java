package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;

class KeySecretStorageTest extends KeyServiceTestBase {

    @Test
    void no_column_of_the_key_row_holds_the_secret() {
        NewApiKey key = generate(accounts.newCustomer(), "Secret keeper");

        assertThat(tables.keyRow(key.key().id()).values()).map(String::valueOf)
                .allSatisfy(value -> assertThat(value).doesNotContain(key.secret()).doesNotContain(randomPart(key)));
    }

    @Test
    void no_audit_row_holds_the_secret() {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = generate(customer, "Audited secret");

        List<Map<String, Object>> rows = tables.auditRowsOfKey(key.key().id());
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.values()).map(String::valueOf)
                .allSatisfy(value -> assertThat(value).doesNotContain(randomPart(key))));
    }

    @Test
    void the_stored_hash_is_the_sha256_of_the_secret() throws Exception {
        NewApiKey key = generate(accounts.newCustomer(), "Hashed");

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(key.secret().getBytes(StandardCharsets.US_ASCII)));
        assertThat(tables.currentSecretHash(key.key().id())).isEqualTo(expected);
    }

    @Test
    void the_stored_hint_is_the_prefix_an_ellipsis_and_the_last_four_characters() {
        NewApiKey key = generate(accounts.newCustomer(), "Hinted");

        String expected = "kd_\u2026" + key.secret().substring(key.secret().length() - 4);
        assertThat(tables.keyRow(key.key().id())).containsEntry("hint", expected);
        assertThat(key.key().hint()).isEqualTo(expected);
    }

    @Test
    void the_new_key_does_not_show_its_secret_when_printed() {
        NewApiKey key = generate(accounts.newCustomer(), "Printed");

        assertThat(key.toString()).doesNotContain(randomPart(key));
    }

    private static String randomPart(NewApiKey key) {
        return key.secret().substring(3, 43);
    }
}
