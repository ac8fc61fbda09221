package dev.keydesk.account;

import static dev.keydesk.testsupport.HostileText.invisible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import dev.keydesk.testsupport.ClientRequests;
import dev.keydesk.testsupport.HostileText;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.NoErrorLogged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile sign-up fields (without mail): each row one field's input, the field that must show the
 * refusal and its message; nothing is created, no sign-up is counted, the password is never echoed.
 */
@IntegrationTest
@ExtendWith(NoErrorLogged.class)
class HostileSignUpTest {

    private static final String EMAIL = "Enter an email address such as name@example.com.";
    private static final String USERNAME_CHARACTERS =
            "Use letters, digits, dots, hyphens and underscores, starting with a letter or digit.";

    @Autowired
    Registration registration;
    @Autowired
    JdbcClient jdbc;

    SignUpForms forms;

    @BeforeEach
    void startAfresh() {
        forms = new SignUpForms(jdbc);
        forms.forgetSignUpRecords();
    }

    static Stream<Arguments> hostileFields() {
        return Stream.of(
                row(SignUpField.ORGANIZATION, "empty", "", "Enter your organization's name."),
                row(SignUpField.ORGANIZATION, "one letter", " A ", "This name is too short: use at least 2 characters."),
                row(SignUpField.ORGANIZATION, "201 characters", "O".repeat(201), "Use at most 200 characters."),
                row(SignUpField.ORGANIZATION, "1 MB", "O".repeat(1_000_000), "Use at most 200 characters."),
                row(SignUpField.ORGANIZATION, "line break", "Acme\nCorp 2", HostileText.CONTROL),
                row(SignUpField.ORGANIZATION, "NUL", "Acme " + HostileText.NUL, HostileText.CONTROL),
                row(SignUpField.ORGANIZATION, "U+202E", "Acme " + HostileText.RIGHT_TO_LEFT_OVERRIDE,
                        HostileText.RLO_MESSAGE),
                row(SignUpField.ORGANIZATION, "U+2066", HostileText.ISOLATE + " Ltd", HostileText.LRI_MESSAGE),
                row(SignUpField.ORGANIZATION, "U+200B", "Acme\u200BCorp", invisible(0x200B)),
                row(SignUpField.ORGANIZATION, "U+FEFF", "\uFEFFAcme Corp", invisible(0xFEFF)),
                row(SignUpField.ORGANIZATION, "Acme Corp again", "Acme Corp", SignUpChecks.ORGANIZATION_TAKEN),
                row(SignUpField.ORGANIZATION, "acme corp in lower case", "acme corp", SignUpChecks.ORGANIZATION_TAKEN),
                row(SignUpField.ORGANIZATION, "ACME  CORP with spaces", "  ACME   CORP ", SignUpChecks.ORGANIZATION_TAKEN),
                row(SignUpField.ORGANIZATION, "Acme Corp with a no-break space", "Acme\u00A0Corp",
                        SignUpChecks.ORGANIZATION_TAKEN),
                row(SignUpField.EMAIL, "empty", "", EMAIL),
                row(SignUpField.EMAIL, "no domain", "owner@", EMAIL),
                row(SignUpField.EMAIL, "over-long", "o".repeat(310) + "@example.com", EMAIL),
                row(SignUpField.EMAIL, "header injection", "owner@example.com\r\nBcc: all@example.com", EMAIL),
                row(SignUpField.EMAIL, "NUL", "owner\u0000@example.com", EMAIL),
                row(SignUpField.EMAIL, "U+202E", "owner\u202E@example.com", EMAIL),
                row(SignUpField.EMAIL, "U+200B", "owner\u200B@example.com", EMAIL),
                row(SignUpField.EMAIL, "markup", "<script>alert(1)</script>@example.com", EMAIL),
                row(SignUpField.EMAIL, "two addresses", "a@example.com,b@example.com", EMAIL),
                row(SignUpField.EMAIL, "a member's address", "CUSTOMER@acme.example", SignUpChecks.EMAIL_USED),
                row(SignUpField.USERNAME, "empty", "", "Use 3 to 64 characters."),
                row(SignUpField.USERNAME, "65 characters", "u".repeat(65), "Use 3 to 64 characters."),
                row(SignUpField.USERNAME, "space inside", "new owner", USERNAME_CHARACTERS),
                row(SignUpField.USERNAME, "NUL", "owner\u0000x", USERNAME_CHARACTERS),
                row(SignUpField.USERNAME, "U+202E", "owner\u202Ex", USERNAME_CHARACTERS),
                row(SignUpField.USERNAME, "U+200B", "owner\u200Bx", USERNAME_CHARACTERS),
                row(SignUpField.USERNAME, "Cyrillic look-alike", "\u0430dmin", USERNAME_CHARACTERS),
                row(SignUpField.USERNAME, "markup", "<b>owner</b>", USERNAME_CHARACTERS),
                row(SignUpField.USERNAME, "SQL", "x' or '1'='1", USERNAME_CHARACTERS),
                row(SignUpField.USERNAME, "taken, other case", "Customer", SignUpChecks.USERNAME_TAKEN),
                row(SignUpField.USERNAME, "reserved: admin", "admin", Username.RESERVED_MESSAGE),
                row(SignUpField.USERNAME, "reserved: ROOT", "ROOT", Username.RESERVED_MESSAGE),
                row(SignUpField.USERNAME, "reserved: Keydesk", "Keydesk", Username.RESERVED_MESSAGE),
                row(SignUpField.PASSWORD, "empty", "", "Use at least 12 characters."),
                row(SignUpField.PASSWORD, "common", "qwerty123456", "This password is one of the 10,000 most common "
                        + "ones. Choose another."),
                row(SignUpField.PASSWORD, "73 bytes", "p".repeat(73), "Use at most 72 characters (accented letters "
                        + "and emoji count as two or more)."),
                row(SignUpField.PASSWORD, "1 MB", "p".repeat(1_000_000), "Use at most 72 characters (accented "
                        + "letters and emoji count as two or more)."),
                row(SignUpField.CONFIRM_PASSWORD, "different", "other-harbour-velvet-43", "The passwords do not match."));
    }

    private static Arguments row(SignUpField field, String name, String input, String message) {
        return arguments(field, name, input, message);
    }

    private static SignUp formWith(SignUpField field, String input) {
        return switch (field) {
            case ORGANIZATION -> SignUpForms.withOrganization(input);
            case EMAIL -> SignUpForms.withEmail(input);
            case USERNAME -> SignUpForms.withUsername(input);
            case PASSWORD -> SignUpForms.withPasswords(input, input);
            case CONFIRM_PASSWORD -> SignUpForms.withPasswords(SignUpForms.PASSWORD, input);
        };
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hostileFields")
    void a_hostile_field_is_refused_on_that_field_and_nothing_is_created(SignUpField field, String row,
            String input, String message) {
        SignUp form = formWith(field, input);
        String before = forms.tableCounts();

        SignUpRefusedException refused = SignUpForms.refusal(() -> ClientRequests.from("203.0.113.99",
                () -> registration.register(form)));

        assertThat(refused.errors()).containsOnlyKeys(field).containsEntry(field, message);
        assertThat(forms.tableCounts()).isEqualTo(before);
        for (String secret : new String[] {form.password(), form.confirmPassword()}) {
            if (!secret.isEmpty()) {
                assertThat(refused.getMessage() + refused.errors() + form).doesNotContain(secret);
            }
        }
    }
}
