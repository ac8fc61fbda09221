package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.keydesk.account.UserProvisioning;
import dev.keydesk.apikey.KeyVerification.Code;
import dev.keydesk.testsupport.Concurrently;
import dev.keydesk.testsupport.KeyTables;
import dev.keydesk.testsupport.PostgresDatabases;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one PostgreSQL 17 database, as in production: the limit and the name
 * rule must hold across nodes, and a delete on one node must be seen by the other at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesPostgresTest {

    final List<TestNode> nodes = new ArrayList<>();
    TestAccounts accounts;
    KeyTables tables;
    TestCustomer customer;

    /** Only the first node creates the demo data. */
    @BeforeAll
    void startTwoNodes() {
        String url = PostgresDatabases.newDatabase();
        nodes.add(TestNode.start(url, Map.of("keydesk.demo-data", "true")));
        nodes.add(TestNode.start(url, Map.of("keydesk.demo-data", "false")));
        JdbcClient jdbc = nodes.getFirst().bean(JdbcClient.class);
        accounts = new TestAccounts(nodes.getFirst().bean(UserProvisioning.class), jdbc);
        tables = new KeyTables(jdbc);
    }

    @AfterAll
    void stopNodes() {
        nodes.forEach(TestNode::close);
    }

    @BeforeEach
    void newCustomer() {
        customer = accounts.newCustomer();
    }

    @Test
    void the_nodes_run_on_postgresql_17() {
        JdbcClient jdbc = nodes.getLast().bean(JdbcClient.class);
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
    }

    @Test
    void twenty_concurrent_generates_on_two_nodes_create_exactly_ten_active_keys() throws Exception {
        List<Object> outcomes = Concurrently.run(20,
                i -> () -> on(node(i), () -> keys(node(i)).generate(customer.accountId(), "Concurrent " + i)));

        assertThat(outcomes).filteredOn(NewApiKey.class::isInstance).hasSize(10);
        assertThat(outcomes).filteredOn(KeyLimitReachedException.class::isInstance).hasSize(10);
        assertThat(tables.activeKeys(customer.accountId())).isEqualTo(10);
    }

    @Test
    void concurrent_generates_of_one_name_on_two_nodes_create_one_key() throws Exception {
        List<Object> outcomes = Concurrently.run(6, i -> () -> on(node(i),
                () -> keys(node(i)).generate(customer.accountId(), i % 2 == 0 ? " Shared " : "SHARED")));

        assertThat(outcomes).filteredOn(NewApiKey.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(InvalidKeyNameException.class::isInstance).hasSize(5);
        assertThat(tables.keyRows(customer.accountId())).isEqualTo(1);
    }

    /** Renames take no account lock, so here the unique index is what decides; the loser gets the name error. */
    @Test
    void concurrent_renames_to_one_name_on_two_nodes_give_it_to_one_key() throws Exception {
        List<NewApiKey> created = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int index = i;
            created.add(on(node(index), () -> keys(node(index)).generate(customer.accountId(), "Key " + index)));
        }

        List<Object> outcomes = Concurrently.run(6,
                i -> () -> on(node(i), () -> keys(node(i)).rename(created.get(i).key().id(), "Wanted")));

        assertThat(outcomes).filteredOn(ApiKeySummary.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(InvalidKeyNameException.class::isInstance).hasSize(5);
    }

    @Test
    void a_key_lives_and_dies_across_nodes() {
        TestNode first = nodes.getFirst();
        TestNode second = nodes.getLast();
        NewApiKey key = on(first, () -> keys(first).generate(customer.accountId(), "Lifecycle"));
        assertThat(verifier(second).verify(key.secret()).code()).isEqualTo(Code.VALID);

        on(second, () -> keys(second).rename(key.key().id(), "Renamed"));
        assertThat(verifier(first).verify(key.secret()).keyName()).isEqualTo("Renamed");

        on(first, () -> {
            keys(first).delete(key.key().id());
            return null;
        });
        assertThat(verifier(second).verify(key.secret()).code()).isEqualTo(Code.DELETED);
        assertThat(tables.keyRow(key.key().id())).containsEntry("status", "DELETED").containsEntry("name_key", null);
    }

    @Test
    void names_are_unique_per_account_trimmed_and_case_insensitively() {
        TestNode first = nodes.getFirst();
        TestNode second = nodes.getLast();
        on(first, () -> keys(first).generate(customer.accountId(), "prod"));
        NewApiKey staging = on(first, () -> keys(first).generate(customer.accountId(), "staging"));

        assertThatExceptionOfType(InvalidKeyNameException.class)
                .isThrownBy(() -> on(second, () -> keys(second).generate(customer.accountId(), " Prod ")));
        assertThatExceptionOfType(InvalidKeyNameException.class)
                .isThrownBy(() -> on(second, () -> keys(second).rename(staging.key().id(), "PROD")));
        assertThat(tables.keyRows(customer.accountId())).isEqualTo(2);
        assertThat(tables.name(staging.key().id())).isEqualTo("staging");
    }

    @Test
    void a_deleted_key_name_is_free_again() {
        TestNode first = nodes.getFirst();
        NewApiKey prod = on(first, () -> keys(first).generate(customer.accountId(), "prod"));
        on(first, () -> {
            keys(first).delete(prod.key().id());
            return null;
        });

        TestNode second = nodes.getLast();
        assertThat(on(second, () -> keys(second).generate(customer.accountId(), "Prod")).key().name())
                .isEqualTo("Prod");
    }

    private TestNode node(int index) {
        return nodes.get(index % nodes.size());
    }

    private <T> T on(TestNode node, Supplier<T> work) {
        return node.signedIn().as(customer.username(), work);
    }

    private static ApiKeyService keys(TestNode node) {
        return node.bean(ApiKeyService.class);
    }

    private static KeyVerifier verifier(TestNode node) {
        return node.bean(KeyVerifier.class);
    }
}
