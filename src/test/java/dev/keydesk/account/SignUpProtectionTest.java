package dev.keydesk.account;

import static dev.keydesk.account.SignUpForms.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import dev.keydesk.testsupport.ClientRequests;
import dev.keydesk.testsupport.Concurrently;
import dev.keydesk.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-up against automation, without mail: per-address limit, unique names, used emails, reserved names. */
@IntegrationTest
class SignUpProtectionTest {

    @Autowired
    Registration registration;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    SignUpForms forms;

    @BeforeEach
    void startAfresh() {
        forms = new SignUpForms(jdbc);
        forms.forgetSignUpRecords();
    }

    private SignUpResult signUpFrom(String address, SignUp form) {
        return ClientRequests.from(address, () -> registration.register(form));
    }

    @Test
    void the_sixth_sign_up_from_one_address_within_an_hour_is_refused_and_creates_nothing() {
        for (int i = 0; i < 5; i++) {
            assertThat(signUpFrom("203.0.113.10", SignUpForms.valid())).isInstanceOf(SignUpResult.AccountCreated.class);
        }
        SignUp sixth = SignUpForms.valid();
        String before = forms.tableCounts();

        assertThatExceptionOfType(SignUpLimitReachedException.class).isThrownBy(() -> signUpFrom("203.0.113.10", sixth))
                .withMessageContaining("Too many accounts were created from your network");

        assertThat(forms.tableCounts()).isEqualTo(before);
        assertThat(accounts.findLoginUser(sixth.username())).isEmpty();
        assertThat(signUpFrom("203.0.113.11", SignUpForms.valid())).isInstanceOf(SignUpResult.AccountCreated.class);
    }

    @Test
    void refused_sign_ups_do_not_count_and_an_hour_later_the_address_may_sign_up_again() {
        for (int i = 0; i < 5; i++) {
            signUpFrom("203.0.113.20", SignUpForms.valid());
        }
        for (int i = 0; i < 3; i++) {
            assertThatExceptionOfType(SignUpLimitReachedException.class)
                    .isThrownBy(() -> signUpFrom("203.0.113.20", SignUpForms.valid()));
        }
        assertThat(jdbc.sql("select count(*) from sign_up_record where network = '203.0.113.20'")
                .query(Integer.class).single()).isEqualTo(5);

        jdbc.sql("update sign_up_record set created_at = created_at - interval '61' minute").update();

        assertThat(signUpFrom("203.0.113.20", SignUpForms.valid())).isInstanceOf(SignUpResult.AccountCreated.class);
    }

    @Test
    void addresses_of_one_ipv6_64_share_one_limit() {
        for (int i = 0; i < 5; i++) {
            signUpFrom("2001:db8:5:6::" + Integer.toHexString(i + 1), SignUpForms.valid());
        }
        assertThatExceptionOfType(SignUpLimitReachedException.class)
                .isThrownBy(() -> signUpFrom("2001:db8:5:6:ffff::99", SignUpForms.valid()));
    }

    @Test
    void twenty_simultaneous_sign_ups_from_one_address_create_exactly_five_accounts() throws Exception {
        List<Object> outcomes = Concurrently.run(20, i -> () -> signUpFrom("203.0.113.30", SignUpForms.valid()));

        assertThat(outcomes).filteredOn(SignUpResult.AccountCreated.class::isInstance).hasSize(5);
        assertThat(outcomes).filteredOn(SignUpLimitReachedException.class::isInstance).hasSize(15);
    }

    @Test
    void an_organization_name_is_taken_whatever_its_case_spacing_or_unicode_form() {
        signUpFrom("203.0.113.40", SignUpForms.withOrganization("Caf\u00E9 Zo\u00EB Ltd"));

        for (String same : List.of("Caf\u00E9 Zo\u00EB Ltd", "CAF\u00C9 ZO\u00CB LTD", "  caf\u00E9   zo\u00EB ltd ",
                "Cafe\u0301 Zoe\u0308 Ltd", "Caf\u00E9\u00A0Zo\u00EB Ltd")) {
            String before = forms.tableCounts();
            SignUpRefusedException refused = refusal(() -> signUpFrom("203.0.113.41",
                    SignUpForms.withOrganization(same)));
            assertThat(refused.errors()).as(same).containsOnlyKeys(SignUpField.ORGANIZATION)
                    .containsEntry(SignUpField.ORGANIZATION, SignUpChecks.ORGANIZATION_TAKEN);
            assertThat(forms.tableCounts()).isEqualTo(before);
        }
    }

    @Test
    void the_demo_organization_acme_corp_cannot_be_signed_up_twice() {
        SignUpRefusedException refused = refusal(() -> signUpFrom("203.0.113.42",
                SignUpForms.withOrganization("acme corp")));
        assertThat(refused.errors()).containsEntry(SignUpField.ORGANIZATION, SignUpChecks.ORGANIZATION_TAKEN);
    }

    @Test
    void organization_names_are_stored_in_nfc() {
        SignUp form = SignUpForms.withOrganization("Abacus Zo\u0065\u0308 " + SignUpForms.valid().username());
        SignUpResult.AccountCreated created = (SignUpResult.AccountCreated) signUpFrom("203.0.113.43", form);

        assertThat(created.account().name()).startsWith("Abacus Zo\u00EB ");
    }

    @Test
    void an_email_a_member_already_uses_is_refused_plainly_without_mail() {
        SignUpRefusedException refused = refusal(() -> signUpFrom("203.0.113.44",
                SignUpForms.withEmail("Customer@ACME.example")));

        assertThat(refused.errors()).containsOnlyKeys(SignUpField.EMAIL);
        assertThat(refused.errors().get(SignUpField.EMAIL)).startsWith("This email is already used");
    }

    @Test
    void reserved_usernames_are_refused_in_any_case() {
        for (String reserved : List.of("admin", "Root", "SUPPORT", "security", "keydesk", "Administrator", "system",
                "api", "help", "billing", "postmaster")) {
            SignUpRefusedException refused = refusal(() -> signUpFrom("203.0.113.45",
                    SignUpForms.withUsername(reserved)));
            assertThat(refused.errors()).as(reserved).containsOnlyKeys(SignUpField.USERNAME)
                    .containsEntry(SignUpField.USERNAME, Username.RESERVED_MESSAGE);
        }
    }

    @Test
    void usernames_are_compared_case_insensitively() {
        SignUp first = SignUpForms.valid();
        signUpFrom("203.0.113.46", first);

        SignUpRefusedException refused = refusal(() -> signUpFrom("203.0.113.46",
                SignUpForms.withUsername(first.username().toUpperCase())));
        assertThat(refused.errors()).containsEntry(SignUpField.USERNAME, SignUpChecks.USERNAME_TAKEN);
    }
}
