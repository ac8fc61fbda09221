package dev.keydesk.recentsignin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.Map;

import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.KeyPermissions;
import dev.keydesk.apikey.KeyRolls;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.apikey.RollGrace;
import dev.keydesk.recentsignin.RecentSignIn.Confirmation;
import dev.keydesk.support.SupportAccountActions;
import dev.keydesk.testsupport.AccountSecurityTestBase;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.twofactor.AuthenticatorApp;
import dev.keydesk.twofactor.TwoFactorEnrolment;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** The services themselves refuse sensitive actions after a sign-in older than 15 minutes, whatever view calls. */
class RecentSignInTest extends AccountSecurityTestBase {

    static final Duration SIXTEEN_MINUTES = Duration.ofMinutes(16);

    @Autowired
    RecentSignIn recentSignIn;
    @Autowired
    ApiKeyService keys;
    @Autowired
    KeyRolls rolls;
    @Autowired
    SupportAccountActions support;
    @Autowired
    TwoFactorEnrolment enrolment;

    TestCustomer customer;
    String address;

    @BeforeEach
    void newCustomer() {
        customer = accounts.newCustomer();
        address = randomAddress();
    }

    private NewApiKey generate() {
        return signedIn.as(customer.username(), () -> keys.generate(customer.accountId(), "Production"));
    }

    @Test
    void right_after_sign_in_rolling_deleting_and_editing_go_ahead_without_asking() {
        NewApiKey key = generate();

        signedIn.as(customer.username(), () -> {
            rolls.roll(key.key().id(), key.key().secretVersion(), RollGrace.NOW);
            keys.changeAccess(key.key().id(), KeyPermissions.Preset.READ_ONLY, Map.of(), null);
            keys.delete(key.key().id());
        });

        assertThat(signedIn.as(customer.username(), () -> keys.listKeys(customer.accountId()))).isEmpty();
    }

    @Test
    void sixteen_minutes_after_sign_in_rolling_deleting_and_editing_are_refused_and_change_nothing() {
        NewApiKey key = generate();

        signedIn.as(customer.username(), () -> {
            clock.advance(SIXTEEN_MINUTES);
            assertThatExceptionOfType(RecentSignInRequiredException.class)
                    .isThrownBy(() -> rolls.roll(key.key().id(), key.key().secretVersion(), RollGrace.NOW));
            assertThatExceptionOfType(RecentSignInRequiredException.class).isThrownBy(() -> keys.changeAccess(
                    key.key().id(), KeyPermissions.Preset.READ_ONLY, Map.of(), null));
            assertThatExceptionOfType(RecentSignInRequiredException.class)
                    .isThrownBy(() -> keys.delete(key.key().id()));
        });

        assertThat(signedIn.as(customer.username(), () -> keys.listKeys(customer.accountId()))).singleElement()
                .satisfies(listed -> {
                    assertThat(listed.secretVersion()).isEqualTo(key.key().secretVersion());
                    assertThat(listed.permissions()).isEqualTo(key.key().permissions());
                });
    }

    @Test
    void generating_a_key_never_asks() {
        signedIn.as(customer.username(), () -> {
            clock.advance(SIXTEEN_MINUTES);
            keys.generate(customer.accountId(), "Staging");
        });
    }

    @Test
    void support_actions_on_an_account_are_refused_after_fifteen_minutes() {
        signedIn.as("support", () -> {
            clock.advance(SIXTEEN_MINUTES);
            assertThatExceptionOfType(RecentSignInRequiredException.class)
                    .isThrownBy(() -> support.changeKeyLimit(customer.accountId(), 20, "Customer asked for more"));
            assertThatExceptionOfType(RecentSignInRequiredException.class)
                    .isThrownBy(() -> support.suspend(customer.accountId(), "Abuse report 1234"));
        });
        assertThat(jdbc.sql("select status, key_limit from account where id = ?").param(customer.accountId())
                .query().singleRow()).containsEntry("status", "ACTIVE").containsEntry("key_limit", 10);
    }

    @Test
    void confirming_with_the_password_makes_the_sign_in_recent_again() {
        NewApiKey key = generate();

        signedIn.as(customer.username(), () -> {
            clock.advance(SIXTEEN_MINUTES);
            assertThat(recentSignIn.isRecent()).isFalse();
            assertThat(confirm(TestCustomer.PASSWORD)).isEqualTo(Confirmation.CONFIRMED);
            assertThat(recentSignIn.isRecent()).isTrue();
            keys.delete(key.key().id());
            clock.advance(SIXTEEN_MINUTES);
            assertThat(recentSignIn.isRecent()).as("recent for 15 minutes, not for ever").isFalse();
        });
    }

    @Test
    void a_wrong_password_is_refused_counts_like_a_failed_sign_in_and_five_lock_the_confirmation() {
        signedIn.as(customer.username(), () -> {
            clock.advance(SIXTEEN_MINUTES);
            for (int i = 0; i < 5; i++) {
                assertThat(confirm("not-the-password-" + i)).isEqualTo(Confirmation.WRONG_PASSWORD);
            }
            assertThat(confirm(TestCustomer.PASSWORD)).isEqualTo(Confirmation.LOCKED);
            assertThat(recentSignIn.isRecent()).isFalse();
        });
        assertThat(jdbc.sql("select count(*) from sign_in_attempt where username_key = ? and outcome = 'FAILED'")
                .param(customer.username()).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void with_the_right_password_wrong_codes_count_like_failed_sign_ins_and_five_lock_the_confirmation() {
        // The server's clock is the test clock, so the app shows the code of the test clock's time step.
        AuthenticatorApp app = AuthenticatorApp.of(signedIn.as(customer.username(), enrolment::start).secret());
        signedIn.as(customer.username(), () -> enrolment.confirm(app.codeAt(step())));
        signedIn.as(customer.username(), () -> {
            clock.advance(SIXTEEN_MINUTES);
            String wrong = wrongCode(app);
            for (int i = 0; i < 5; i++) {
                assertThat(confirm(TestCustomer.PASSWORD, wrong)).isEqualTo(Confirmation.WRONG_CODE);
            }
            assertThat(confirm(TestCustomer.PASSWORD, app.codeAt(step()))).isEqualTo(Confirmation.LOCKED);
            assertThat(recentSignIn.isRecent()).isFalse();
        });
    }

    @Test
    void without_a_second_factor_no_code_is_asked_for() {
        assertThat(signedIn.as(customer.username(), recentSignIn::needsCode)).isFalse();
    }

    private long step() {
        return clock.instant().getEpochSecond() / 30;
    }

    private String wrongCode(AuthenticatorApp app) {
        long now = step();
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(app.codeAt(now - 1)) && !code.equals(app.codeAt(now)) && !code.equals(app.codeAt(now + 1))) {
                return code;
            }
        }
    }

    private Confirmation confirm(String password) {
        return confirm(password, null);
    }

    private Confirmation confirm(String password, @Nullable String code) {
        return inRequest(address, new MockHttpSession(), () -> recentSignIn.confirm(password, code));
    }
}
