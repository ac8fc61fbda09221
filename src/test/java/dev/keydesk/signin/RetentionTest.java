package dev.keydesk.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.keydesk.privacy.PersonalDataRetention;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Item 11 of issue 9: client addresses and user agents are kept for keydesk.privacy.retention (90 days),
 * then forgotten; that is the only change an activity row ever gets.
 */
class RetentionTest extends SignInTestBase {

    @Autowired
    PersonalDataRetention retention;

    @Test
    void the_job_clears_only_the_address_and_user_agent_of_activity_older_than_the_retention_time()
            throws Exception {
        TestCustomer customer = newCustomer();
        String oldAddress = newAddress();
        logIn(customer.username(), "wrong-password", oldAddress);
        logIn(customer.username(), TestCustomer.PASSWORD, oldAddress);
        List<Map<String, Object>> before = auditRows(customer.accountId());
        clock.advance(Duration.ofDays(90));
        String newAddress = newAddress();
        logIn(customer.username(), TestCustomer.PASSWORD, newAddress);

        retention.apply();

        List<Map<String, Object>> after = auditRows(customer.accountId());
        assertThat(after).hasSize(3);
        for (int i = 0; i < before.size(); i++) {
            Map<String, Object> expected = new java.util.HashMap<>(before.get(i));
            expected.put("remote_address", null);
            expected.put("user_agent", null);
            assertThat(after.get(i)).isEqualTo(expected);
        }
        assertThat(after.getLast()).containsEntry("remote_address", newAddress).containsEntry("user_agent", BROWSER);
    }

    @Test
    void the_job_removes_sign_in_attempts_older_than_the_retention_time() throws Exception {
        String old = "retired-" + newAddress();
        logIn(old, "wrong-password", newAddress());
        clock.advance(Duration.ofDays(91));
        String recent = "recent-" + newAddress();
        logIn(recent, "wrong-password", newAddress());

        retention.apply();

        assertThat(attempts(old)).isEmpty();
        assertThat(attempts(recent)).hasSize(1);
    }

    @Test
    void rows_within_the_retention_time_keep_their_client_details() throws Exception {
        TestCustomer customer = newCustomer();
        String address = newAddress();
        logIn(customer.username(), TestCustomer.PASSWORD, address);
        clock.advance(Duration.ofDays(89));

        retention.apply();

        assertThat(auditRows(customer.accountId())).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("remote_address", address));
        assertThat(attempts(customer.username())).hasSize(1);
    }
}
