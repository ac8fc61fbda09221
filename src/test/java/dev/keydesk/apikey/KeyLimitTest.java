package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import dev.keydesk.testsupport.Concurrently;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;

class KeyLimitTest extends KeyServiceTestBase {

    @Test
    void twenty_concurrent_generates_create_exactly_ten_active_keys() throws Exception {
        TestCustomer customer = accounts.newCustomer();

        List<Object> outcomes = Concurrently.run(20, i -> () -> generate(customer, "Concurrent " + i));

        assertThat(outcomes).filteredOn(NewApiKey.class::isInstance).hasSize(10);
        assertThat(outcomes).filteredOn(KeyLimitReachedException.class::isInstance).hasSize(10);
        assertThat(tables.activeKeys(customer.accountId())).isEqualTo(10);
    }

    @Test
    void the_account_key_limit_setting_is_honoured() {
        TestCustomer customer = accounts.newCustomer();
        accounts.setKeyLimit(customer.accountId(), 3);
        for (int i = 1; i <= 3; i++) {
            generate(customer, "Key " + i);
        }

        assertThatExceptionOfType(KeyLimitReachedException.class)
                .isThrownBy(() -> generate(customer, "Key 4"))
                .withMessageContaining("limit of 3 active keys");
        assertThat(tables.keyRows(customer.accountId())).isEqualTo(3);
    }

    @Test
    void deactivated_keys_do_not_count_towards_the_limit() {
        TestCustomer customer = accounts.newCustomer();
        accounts.setKeyLimit(customer.accountId(), 3);
        NewApiKey first = generate(customer, "Key 1");
        generate(customer, "Key 2");
        generate(customer, "Key 3");
        tables.deactivate(first.key().id());

        generate(customer, "Key 4");

        assertThatExceptionOfType(KeyLimitReachedException.class).isThrownBy(() -> generate(customer, "Key 5"));
        assertThat(tables.activeKeys(customer.accountId())).isEqualTo(3);
    }

    @Test
    void deleted_keys_do_not_count_towards_the_limit() {
        TestCustomer customer = accounts.newCustomer();
        accounts.setKeyLimit(customer.accountId(), 1);
        delete(customer, generate(customer, "Old"));

        NewApiKey replacement = generate(customer, "New");

        assertThat(replacement.key().isActive()).isTrue();
    }

    @Test
    void the_quota_counts_active_keys_against_the_limit() {
        TestCustomer customer = accounts.newCustomer();
        accounts.setKeyLimit(customer.accountId(), 2);
        generate(customer, "Key 1");

        KeyQuota quota = signedIn.as(customer.username(), () -> keys.quota(customer.accountId()));

        assertThat(quota).isEqualTo(new KeyQuota(1, 2));
    }
}
