package dev.keydesk.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;

import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter;

/** Contract, "Sign-in protection": limits per username and per address, refusal without a password check. */
class LoginThrottlingTest extends SignInTestBase {

    static final String WRONG = "not-the-password";
    static final String FAILED = "/login?error";
    static final String LOCKED = "/login?error=locked";

    /** Fitting the form login must not swap Vaadin's login view for Spring Security's generated page. */
    @Test
    void the_login_page_is_still_the_vaadin_view(@Autowired FilterChainProxy chains) {
        SecurityFilterChain dashboard = chains.getFilterChains().stream()
                .filter(chain -> chain.getFilters().stream().anyMatch(UsernamePasswordAuthenticationFilter.class::isInstance))
                .findFirst().orElseThrow();
        assertThat(dashboard.getFilters()).noneMatch(DefaultLoginPageGeneratingFilter.class::isInstance);
    }

    @Test
    void the_sixth_attempt_is_refused_with_too_many_failed_attempts_even_with_the_right_password() throws Exception {
        TestCustomer customer = newCustomer();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            logIn(customer.username(), WRONG, address).andExpect(redirectedUrl(FAILED));
        }

        logIn(customer.username(), TestCustomer.PASSWORD, address)
                .andExpect(redirectedUrl(LOCKED)).andExpect(unauthenticated());
        // From another address too: the per-user limit counts failures from any address.
        logIn(" " + customer.username().toUpperCase() + " ", TestCustomer.PASSWORD, newAddress())
                .andExpect(redirectedUrl(LOCKED)).andExpect(unauthenticated());
    }

    @Test
    void an_unknown_username_gets_the_same_refusal_after_five_failures() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            logIn("nobody-by-this-name", WRONG, address).andExpect(redirectedUrl(FAILED));
        }
        logIn("nobody-by-this-name", WRONG, address).andExpect(redirectedUrl(LOCKED));
    }

    @Test
    void twenty_failures_from_one_address_lock_it_for_every_username() throws Exception {
        TestCustomer customer = newCustomer();
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            logIn("sprayed-" + i, WRONG, address).andExpect(redirectedUrl(FAILED));
        }

        logIn(customer.username(), TestCustomer.PASSWORD, address)
                .andExpect(redirectedUrl(LOCKED)).andExpect(unauthenticated());
        logIn(customer.username(), TestCustomer.PASSWORD, newAddress()).andExpect(authenticated());
    }

    @Test
    void nineteen_failures_from_one_address_still_let_the_right_password_in() throws Exception {
        TestCustomer customer = newCustomer();
        String address = newAddress();
        for (int i = 0; i < 19; i++) {
            logIn("sprayed-" + i, WRONG, address);
        }
        logIn(customer.username(), TestCustomer.PASSWORD, address).andExpect(authenticated());
    }

    @Test
    void the_password_is_not_checked_while_refused() throws Exception {
        TestCustomer customer = newCustomer();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            logIn(customer.username(), WRONG, address);
        }
        int checksBefore = encoder.checks();

        for (int i = 0; i < 10; i++) {
            logIn(customer.username(), i % 2 == 0 ? WRONG : TestCustomer.PASSWORD, address)
                    .andExpect(redirectedUrl(LOCKED));
        }

        assertThat(encoder.checks()).isEqualTo(checksBefore);
    }

    @Test
    void a_lock_ends_one_window_after_it_began_however_often_it_is_retried() throws Exception {
        TestCustomer customer = newCustomer();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            logIn(customer.username(), WRONG, address);
        }
        // 5 s of failures; then a refused retry every minute until the window since the first has passed.
        for (int minute = 1; minute < 15; minute++) {
            clock.advance(Duration.ofMinutes(1).minusSeconds(1));
            logIn(customer.username(), TestCustomer.PASSWORD, address).andExpect(redirectedUrl(LOCKED));
        }
        clock.advance(Duration.ofSeconds(60));

        logIn(customer.username(), TestCustomer.PASSWORD, address).andExpect(authenticated());
    }

    @Test
    void a_successful_sign_in_starts_the_users_count_afresh() throws Exception {
        TestCustomer customer = newCustomer();
        String address = newAddress();
        for (int i = 0; i < 4; i++) {
            logIn(customer.username(), WRONG, address);
        }
        logIn(customer.username(), TestCustomer.PASSWORD, address).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            logIn(customer.username(), WRONG, address).andExpect(redirectedUrl(FAILED));
        }

        logIn(customer.username(), TestCustomer.PASSWORD, address).andExpect(authenticated());
    }

    @Test
    void refused_attempts_do_not_count_towards_the_address_limit() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            logIn("locked-one", WRONG, address);
        }
        for (int i = 0; i < 30; i++) {
            logIn("locked-one", WRONG, address).andExpect(redirectedUrl(LOCKED));
        }
        TestCustomer customer = newCustomer();
        logIn(customer.username(), TestCustomer.PASSWORD, address).andExpect(authenticated());
    }
}
