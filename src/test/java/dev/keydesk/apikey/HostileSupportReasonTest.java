package dev.keydesk.apikey;

import static dev.keydesk.testsupport.HostileText.invisible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.UUID;
import java.util.stream.Stream;

import dev.keydesk.testsupport.HostileText;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.KeyTables;
import dev.keydesk.testsupport.NoErrorLogged;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Hostile reasons for support's rename and delete: the reason field's message, and the key untouched. */
@IntegrationTest
@ExtendWith(NoErrorLogged.class)
class HostileSupportReasonTest {

    @Autowired
    ApiKeyService keys;
    @Autowired
    SupportKeyActions support;
    @Autowired
    KeyVerifier verifier;

    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;
    @Autowired
    KeyTables tables;

    TestCustomer customer;
    NewApiKey key;

    @BeforeEach
    void aKeyOfItsOwn() {
        customer = accounts.newCustomer();
        key = signedIn.as(customer.username(), () -> keys.generate(customer.accountId(), "Original"));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("missing", null, "Give a reason of at least 3 characters."),
                arguments("spaces", " \u00A0 \u3000 ", "Give a reason of at least 3 characters."),
                arguments("501 characters", "r".repeat(501), "Use at most 500 characters for the reason."),
                arguments("1 MB", "r".repeat(1_000_000), "Use at most 500 characters for the reason."),
                arguments("line break", "asked by\nphone", HostileText.CONTROL),
                arguments("NUL", "asked " + HostileText.NUL, HostileText.CONTROL),
                arguments("U+202E", "Ticket " + HostileText.RIGHT_TO_LEFT_OVERRIDE, HostileText.RLO_MESSAGE),
                arguments("U+2066", "Ticket " + HostileText.ISOLATE, HostileText.LRI_MESSAGE),
                arguments("U+200B", "Ticket\u200B42", invisible(0x200B)),
                arguments("U+FEFF", "\uFEFFTicket 42", invisible(0xFEFF)));
    }

    @ParameterizedTest(name = "rename: {0}")
    @MethodSource("refused")
    void support_rename_refuses_the_reason_and_changes_nothing(String row, String reason, String message) {
        UUID keyId = key.key().id();
        assertThatExceptionOfType(InvalidReasonException.class)
                .isThrownBy(() -> signedIn.as("support", () -> support.renameAsSupport(keyId, "Renamed", reason)))
                .withMessage(message);

        assertThat(tables.name(keyId)).isEqualTo("Original");
        assertThat(tables.auditRows(customer.accountId())).isEqualTo(1);
    }

    @ParameterizedTest(name = "delete: {0}")
    @MethodSource("refused")
    void support_delete_refuses_the_reason_and_the_key_keeps_working(String row, String reason, String message) {
        UUID keyId = key.key().id();
        assertThatExceptionOfType(InvalidReasonException.class)
                .isThrownBy(() -> signedIn.as("support", () -> support.deleteAsSupport(keyId, reason)))
                .withMessage(message);

        assertThat(verifier.verify(key.secret()).code()).isEqualTo(KeyVerification.Code.VALID);
        assertThat(tables.auditRows(customer.accountId())).isEqualTo(1);
    }
}
