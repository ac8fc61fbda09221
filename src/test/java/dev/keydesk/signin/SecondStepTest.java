package dev.keydesk.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import dev.keydesk.security.CurrentActor;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Contract, "Two-factor sign-in": after the right password an enrolled person's session has the password
 * factor and no role; the second step completes it, throttled like the password, and every outcome is
 * recorded.
 */
class SecondStepTest extends SignInTestBase {

    static final String CODE = "123456";
    static final String WRONG_CODE = "654321";

    @Autowired
    SecondStep secondStep;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    CurrentActor currentActor;
    @Autowired
    SignInLocks locks;

    MockHttpSession session;

    @AfterEach
    void signOut() {
        contexts.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void an_enrolled_persons_right_password_gives_a_session_with_the_password_factor_and_no_role() throws Exception {
        TestCustomer customer = enrolledCustomer();

        Authentication pending = passwordStep(customer.username(), newAddress());

        assertThat(authorities(pending)).containsExactly("FACTOR_PASSWORD");
        assertThatThrownBy(currentActor::require).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_person_without_two_factor_signs_in_in_one_step() throws Exception {
        TestCustomer customer = newCustomer();

        logIn(customer.username(), TestCustomer.PASSWORD, newAddress())
                .andExpect(authenticated().withRoles("CUSTOMER"));
    }

    @Test
    void the_right_code_completes_the_sign_in_with_the_role_and_a_new_session_id() throws Exception {
        TestCustomer customer = enrolledCustomer();
        passwordStep(customer.username(), newAddress());
        String sessionBefore = session.getId();

        secondStep.verifyCode(" " + CODE + " ");

        Authentication complete = contexts.getContext().getAuthentication();
        assertThat(authorities(complete)).containsExactlyInAnyOrder("ROLE_CUSTOMER", "FACTOR_PASSWORD", "FACTOR_TOTP");
        assertThat(currentActor.require().userId()).isEqualTo(customer.userId());
        assertThat(session.getId()).isNotEqualTo(sessionBefore);
        SecurityContext stored = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored.getAuthentication()).isSameAs(complete);
    }

    @Test
    void a_wrong_code_is_refused_and_the_session_stays_without_a_role() throws Exception {
        TestCustomer customer = enrolledCustomer();
        Authentication pending = passwordStep(customer.username(), newAddress());

        assertThatThrownBy(() -> secondStep.verifyCode(WRONG_CODE)).isInstanceOf(WrongCodeException.class);

        assertThat(contexts.getContext().getAuthentication()).isSameAs(pending);
        assertThat(authorities(pending)).doesNotContain("ROLE_CUSTOMER");
    }

    @Test
    void five_wrong_codes_lock_the_second_step_and_then_even_the_right_code_is_not_checked() throws Exception {
        TestCustomer customer = enrolledCustomer();
        String address = newAddress();
        passwordStep(customer.username(), address);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> secondStep.verifyCode(WRONG_CODE)).isInstanceOf(WrongCodeException.class);
        }
        int checks = factors.checks();

        assertThatThrownBy(() -> secondStep.verifyCode(CODE)).isInstanceOf(SignInLockedException.class);
        assertThatThrownBy(() -> secondStep.useRecoveryCode("aaaaa-bbbbb")).isInstanceOf(SignInLockedException.class);

        assertThat(factors.checks()).isEqualTo(checks);
        assertThat(attempts(customer.username())).extracting(row -> row.get("factor") + " " + row.get("outcome"))
                .endsWith("CODE FAILED", "CODE REFUSED", "RECOVERY_CODE REFUSED");
    }

    @Test
    void signing_in_again_with_the_right_password_does_not_reset_the_count_of_wrong_codes() throws Exception {
        TestCustomer customer = enrolledCustomer();
        for (int wrong : new int[] {3, 2}) {
            passwordStep(customer.username(), newAddress());
            for (int i = 0; i < wrong; i++) {
                clock.advance(java.time.Duration.ofSeconds(1));
                assertThatThrownBy(() -> secondStep.verifyCode(WRONG_CODE)).isInstanceOf(WrongCodeException.class);
            }
        }
        passwordStep(customer.username(), newAddress());

        assertThatThrownBy(() -> secondStep.verifyCode(CODE)).isInstanceOf(SignInLockedException.class);
    }

    @Test
    void the_code_lock_ends_one_window_after_it_began() throws Exception {
        TestCustomer customer = enrolledCustomer();
        passwordStep(customer.username(), newAddress());
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> secondStep.verifyCode(WRONG_CODE)).isInstanceOf(WrongCodeException.class);
        }
        clock.advance(java.time.Duration.ofMinutes(15).plusSeconds(1));

        secondStep.verifyCode(CODE);

        assertThat(authorities(contexts.getContext().getAuthentication())).contains("ROLE_CUSTOMER");
    }

    @Test
    void wrong_codes_count_towards_the_address_limit_of_the_password() throws Exception {
        String address = newAddress();
        for (int user = 0; user < 5; user++) {
            TestCustomer customer = enrolledCustomer();
            passwordStep(customer.username(), address);
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> secondStep.verifyCode(WRONG_CODE)).isInstanceOf(WrongCodeException.class);
            }
        }

        logIn(newCustomer().username(), TestCustomer.PASSWORD, address)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl(LoginThrottlingTest.LOCKED));
    }

    @Test
    void support_sees_a_lock_of_the_second_step_and_lifting_it_lets_the_right_code_through() throws Exception {
        TestCustomer customer = enrolledCustomer();
        passwordStep(customer.username(), newAddress());
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> secondStep.verifyCode(WRONG_CODE)).isInstanceOf(WrongCodeException.class);
        }
        SecurityContext waiting = contexts.getContext();

        signedIn.as("support", () -> {
            assertThat(locks.accountSignIns(customer.accountId()).locks()).extracting(UserLock::username)
                    .containsExactly(customer.username());
            locks.lift(customer.username(), "Customer called from the number on file");
        });
        contexts.setContext(waiting);
        secondStep.verifyCode(CODE);

        assertThat(authorities(contexts.getContext().getAuthentication())).contains("ROLE_CUSTOMER");
    }

    @Test
    void a_recovery_code_completes_the_sign_in_once() throws Exception {
        TestCustomer customer = enrolledCustomer();
        passwordStep(customer.username(), newAddress());

        secondStep.useRecoveryCode("aaaaa-bbbbb");
        assertThat(authorities(contexts.getContext().getAuthentication()))
                .containsExactlyInAnyOrder("ROLE_CUSTOMER", "FACTOR_PASSWORD", "FACTOR_RECOVERY_CODE");

        passwordStep(customer.username(), newAddress());
        assertThatThrownBy(() -> secondStep.useRecoveryCode("aaaaa-bbbbb")).isInstanceOf(WrongCodeException.class);
    }

    @Test
    void there_is_no_second_step_without_a_waiting_password_step() throws Exception {
        TestCustomer customer = enrolledCustomer();
        passwordStep(customer.username(), newAddress());
        secondStep.verifyCode(CODE);

        assertThatThrownBy(() -> secondStep.verifyCode(CODE)).isInstanceOf(AccessDeniedException.class);
        contexts.clearContext();
        assertThatThrownBy(() -> secondStep.verifyCode(CODE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_activity_shows_the_sign_in_once_the_second_step_is_done_and_each_wrong_code() throws Exception {
        TestCustomer customer = enrolledCustomer();
        String address = newAddress();
        passwordStep(customer.username(), address);
        assertThat(auditRows(customer.accountId())).isEmpty();

        assertThatThrownBy(() -> secondStep.verifyCode(WRONG_CODE)).isInstanceOf(WrongCodeException.class);
        clock.advance(java.time.Duration.ofSeconds(1));
        secondStep.verifyCode(CODE);

        List<Map<String, Object>> rows = auditRows(customer.accountId());
        assertThat(rows).extracting(row -> row.get("action") + ": " + row.get("details"))
                .containsExactly("SIGN_IN_FAILED: Wrong authentication code", "SIGNED_IN: With an authentication code");
        assertThat(rows).allSatisfy(row -> assertThat(row).containsEntry("remote_address", address)
                .containsEntry("user_agent", BROWSER).containsEntry("actor_id", customer.userId()));
        assertThat(attempts(customer.username())).extracting(row -> row.get("factor") + " " + row.get("outcome"))
                .containsExactly("PASSWORD SUCCEEDED", "CODE FAILED", "CODE SUCCEEDED");
        assertThat(rows.toString() + attempts(customer.username())).doesNotContain(CODE, WRONG_CODE);
    }

    @Test
    void support_staffs_sign_ins_are_in_the_audit_log() throws Exception {
        String support = newSupportUser();
        String address = newAddress();
        logIn(support, "not-the-password", address);
        logIn(support, TestCustomer.PASSWORD, address).andExpect(authenticated().withRoles("SUPPORT"));

        List<Map<String, Object>> rows = jdbc.sql("""
                        select a.* from audit_event a join app_user u on u.id = a.actor_id
                        where u.username = ? order by a.occurred_at""")
                .param(support).query().listOfRows();
        assertThat(rows).extracting(row -> row.get("action")).containsExactly("SIGN_IN_FAILED", "SIGNED_IN");
        assertThat(rows).allSatisfy(row -> assertThat(row).containsEntry("account_id", null)
                .containsEntry("remote_address", address).containsEntry("user_agent", BROWSER));
    }

    @Test
    void a_waiting_session_reaches_no_api_endpoint() throws Exception {
        TestCustomer customer = enrolledCustomer();
        passwordStep(customer.username(), newAddress());

        // Only the session cookie, as a browser would send it (not this thread's security context).
        contexts.clearContext();

        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/usage").session(session)).andExpect(status().isUnauthorized());
    }

    private TestCustomer enrolledCustomer() {
        TestCustomer customer = newCustomer();
        factors.enrol(customer.userId(), CODE, "aaaaa-bbbbb", "ccccc-ddddd");
        return customer;
    }

    /** The form login, then this thread acts in its session, from its address, as the code page's requests do. */
    private Authentication passwordStep(String username, String address) throws Exception {
        session = (MockHttpSession) logIn(username, TestCustomer.PASSWORD, address).andReturn().getRequest()
                .getSession();
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        contexts.setContext(context);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setRemoteAddr(address);
        request.addHeader("User-Agent", BROWSER);
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
        return context.getAuthentication();
    }

    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
