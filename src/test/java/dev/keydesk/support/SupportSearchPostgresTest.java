package dev.keydesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keydesk.account.UserProvisioning;
import dev.keydesk.testsupport.PostgresIntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

/** The search's SQL and the PostgreSQL-only indexes (V3) on a real PostgreSQL. */
@PostgresIntegrationTest
class SupportSearchPostgresTest {

    @Autowired
    SupportService support;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    SignedIn signedIn;

    @Test
    void search_by_name_substring_and_username_prefix_works_on_postgresql() {
        assertThat(signedIn.as("support", () -> support.searchAccounts(AccountFilter.of("CME c"),
                AccountOrder.BY_NAME, 0, 10))).extracting(CustomerAccountRow::name).containsExactly("Acme Corp");
        assertThat(signedIn.as("support", () -> support.searchAccounts(AccountFilter.of("customer2"),
                new AccountOrder(AccountSort.CREATED, true), 0, 10))).extracting(CustomerAccountRow::name)
                .containsExactly("Globex");
        assertThat(signedIn.as("support", () -> support.countAccounts(AccountFilter.of("%")))).isZero();
    }

    @Test
    void usernames_are_unique_regardless_of_case_on_postgresql() {
        assertThatThrownBy(() -> provisioning.createAccountWithOwner("Other", "Customer", "x@example.com",
                "a-long-enough-password")).isInstanceOf(DuplicateKeyException.class);
    }
}
