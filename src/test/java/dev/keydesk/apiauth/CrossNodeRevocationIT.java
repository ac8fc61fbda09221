package dev.keydesk.apiauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.testsupport.PostgresDatabases;
import dev.keydesk.testsupport.TestNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes in one JVM, on their own ports, sharing one PostgreSQL: a change made
 * through one node is seen by the other on its very next request, since no node caches valid keys.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossNodeRevocationIT {

    static TestNode nodeA;
    static TestNode nodeB;

    @BeforeAll
    static void startTwoNodes() {
        String url = PostgresDatabases.newDatabase();
        // Node A writes "last used" every second (the scheduled flush); node B only on shutdown.
        nodeA = TestNode.start(url, Map.of("keydesk.demo-data", "true", "keydesk.last-used.flush-interval", "1s"));
        nodeB = TestNode.start(url, Map.of("keydesk.demo-data", "false"));
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    @Order(1)
    void a_key_deleted_through_node_a_is_refused_by_node_b_on_its_next_request() throws Exception {
        NewApiKey key = generateOnNodeA("Deleted across nodes");
        assertThat(me(nodeA, key.secret()).statusCode()).isEqualTo(200);
        assertThat(me(nodeB, key.secret()).statusCode()).isEqualTo(200);

        nodeA.signedIn().as("customer", () -> nodeA.bean(ApiKeyService.class).delete(key.key().id()));

        HttpResponse<String> next = me(nodeB, key.secret());
        assertThat(next.statusCode()).isEqualTo(401);
        assertThat(next.body()).contains("\"error\":\"invalid_api_key\"");
        assertThat(verify(nodeB, key.secret()).body()).contains("\"code\":\"DELETED\"");
    }

    @Test
    @Order(2)
    void a_key_deactivated_on_node_a_is_refused_by_node_b_on_its_next_request() throws Exception {
        NewApiKey key = generateOnNodeA("Deactivated across nodes");
        assertThat(me(nodeA, key.secret()).statusCode()).isEqualTo(200);
        assertThat(me(nodeB, key.secret()).statusCode()).isEqualTo(200);

        nodeA.bean(JdbcClient.class)
                .sql("update api_key set status = 'DEACTIVATED', deactivated_at = now() where id = ?")
                .param(key.key().id()).update();

        assertThat(me(nodeB, key.secret()).statusCode()).isEqualTo(401);
        assertThat(verify(nodeB, key.secret()).body()).contains("\"code\":\"DEACTIVATED\"");
        assertThat(me(nodeA, key.secret()).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void last_used_is_written_by_the_scheduled_flush() throws Exception {
        NewApiKey key = generateOnNodeA("Flushed on schedule");
        assertThat(me(nodeA, key.secret()).statusCode()).isEqualTo(200);
        Instant deadline = Instant.now().plusSeconds(15);
        while (!lastUsedRecorded(key.key().id()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(lastUsedRecorded(key.key().id())).isTrue();
    }

    @Test
    @Order(4)
    void prometheus_on_the_management_port_shows_verifications_by_outcome_and_their_latency() throws Exception {
        NewApiKey key = generateOnNodeA("Measured");
        me(nodeA, key.secret());
        HttpResponse<String> metrics = nodeA.management().get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("keydesk_key_verifications_total\\{[^}]*outcome=\"VALID\"[^}]*} [1-9]")
                .contains("keydesk_key_verifications_total{channel=\"verify_endpoint\",outcome=\"DELETED\"")
                .containsPattern("keydesk_key_verification_latency_seconds_count(\\{[^}]*})? [1-9]");
        HttpResponse<String> health = nodeA.management().get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    @Order(5)
    void last_used_is_written_when_a_node_shuts_down() throws Exception {
        NewApiKey key = generateOnNodeA("Flushed on shutdown");
        assertThat(me(nodeB, key.secret()).statusCode()).isEqualTo(200);
        assertThat(lastUsedRecorded(key.key().id())).isFalse();

        nodeB.close();
        nodeB = null;

        assertThat(lastUsedRecorded(key.key().id())).isTrue();
    }

    private static NewApiKey generateOnNodeA(String name) {
        return nodeA.signedIn().as("customer", () -> nodeA.bean(ApiKeyService.class)
                .generate(nodeA.bean(AccountService.class).currentAccount().id(), name));
    }

    private static boolean lastUsedRecorded(UUID keyId) {
        return nodeA.bean(JdbcClient.class).sql("select last_used_at is not null from api_key where id = ?")
                .param(keyId).query(Boolean.class).single();
    }

    private static HttpResponse<String> me(TestNode node, String key) {
        return node.api().getWithKey("/api/v1/me", key);
    }

    private static HttpResponse<String> verify(TestNode node, String key) {
        return node.api().post(VerifyController.PATH, VerifyEndpointTest.body(key).getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + VerifyEndpointTest.TOKEN, "Content-Type", "application/json");
    }
}
