package dev.keydesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class SupportServiceTest {

    @Autowired
    SupportService support;
    @Autowired
    SignedIn signedIn;

    /** The largest page: other tests of this context add accounts, and some sort before the demo ones. */
    private List<String> names(String filter) {
        return signedIn.as("support", () -> support.searchAccounts(AccountFilter.of(filter), AccountOrder.BY_NAME,
                0, SupportService.MAX_PAGE_SIZE)).stream().map(CustomerAccountRow::name).toList();
    }

    @Test
    void an_empty_search_lists_every_account_by_name() {
        assertThat(names("")).containsSubsequence("Acme Corp", "Globex");
    }

    @Test
    void a_substring_of_the_account_name_matches_whatever_its_case() {
        assertThat(names("ME co")).containsExactly("Acme Corp");
    }

    @Test
    void a_prefix_of_a_member_username_matches_that_members_account() {
        assertThat(names("CUSTOMER2")).containsExactly("Globex");
    }

    @Test
    void a_username_matches_only_by_its_start() {
        assertThat(names("ustomer2")).isEmpty();
    }

    @Test
    void like_wildcards_in_the_search_are_taken_literally() {
        assertThat(names("%")).isEmpty();
        assertThat(names("_")).isEmpty();
    }

    @Test
    void rows_carry_members_and_active_key_counts() {
        CustomerAccountRow globex = signedIn.as("support", () -> support.searchAccounts(
                AccountFilter.of("globex"), AccountOrder.BY_NAME, 0, 50)).getFirst();
        assertThat(globex.members()).containsExactly("customer2");
        assertThat(globex.activeKeys()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void the_count_matches_the_filter() {
        assertThat(signedIn.as("support", () -> support.countAccounts(AccountFilter.of("globex")))).isEqualTo(1);
    }

    @Test
    void descending_name_order_reverses_the_list_and_paging_follows_it() {
        List<CustomerAccountRow> descending = signedIn.as("support", () -> support.searchAccounts(AccountFilter.NONE,
                new AccountOrder(AccountSort.NAME, true), 0, SupportService.MAX_PAGE_SIZE));
        assertThat(descending).extracting(CustomerAccountRow::name).containsSubsequence("Globex", "Acme Corp");
        List<CustomerAccountRow> secondOnly = signedIn.as("support", () -> support.searchAccounts(
                AccountFilter.NONE, new AccountOrder(AccountSort.NAME, true), 1, 1));
        assertThat(secondOnly).containsExactly(descending.get(1));
    }

    @Test
    void an_account_page_lists_its_members_with_their_role() {
        UUID globex = signedIn.as("support", () -> support.searchAccounts(AccountFilter.of("globex"),
                AccountOrder.BY_NAME, 0, 1)).getFirst().id();
        SupportAccount account = signedIn.as("support", () -> support.account(globex)).orElseThrow();
        assertThat(account.name()).isEqualTo("Globex");
        assertThat(account.members()).containsExactly(new AccountMember("customer2", "customer2@globex.example",
                "OWNER"));
    }

    @Test
    void an_unknown_account_is_empty_rather_than_an_error() {
        assertThat(signedIn.as("support", () -> support.account(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void customers_cannot_search_accounts() {
        assertThatThrownBy(() -> signedIn.as("customer", () -> support.searchAccounts(AccountFilter.NONE,
                AccountOrder.BY_NAME, 0, 50))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("customer", () -> support.countAccounts(AccountFilter.NONE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void customers_cannot_open_an_account_page() {
        assertThatThrownBy(() -> signedIn.as("customer", () -> support.account(UUID.randomUUID())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymous_callers_cannot_search_accounts() {
        assertThatThrownBy(() -> signedIn.anonymously(() -> support.countAccounts(AccountFilter.NONE)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> signedIn.anonymously(() -> support.searchAccounts(AccountFilter.NONE,
                AccountOrder.BY_NAME, 0, 50))).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anonymous_callers_cannot_open_an_account_page() {
        assertThatThrownBy(() -> signedIn.anonymously(() -> support.account(UUID.randomUUID())))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
