package dev.keydesk.leak;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.keydesk.account.AccountSummary;
import dev.keydesk.account.UserProvisioning;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.KeyFormat;
import dev.keydesk.apikey.KeyHasher;
import dev.keydesk.testsupport.SignedIn;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Test setup for secret scanning: a fresh account per test (so tests never share keys or the key
 * limit), keys generated through the real service, and signed reports sent through the full
 * /api/** filter chain.
 */
final class LeakFixture {

    record Owner(String username, UUID accountId) {
    }

    private final UserProvisioning provisioning;
    private final ApiKeyService keys;
    private final SignedIn signedIn;
    private final JdbcClient jdbc;
    final MockMvc mvc;

    LeakFixture(WebApplicationContext context) {
        this.provisioning = context.getBean(UserProvisioning.class);
        this.keys = context.getBean(ApiKeyService.class);
        this.signedIn = context.getBean(SignedIn.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    Owner newAccount() {
        String username = "leak-" + UUID.randomUUID().toString().substring(0, 8);
        AccountSummary account = provisioning.createAccountWithOwner("Org " + username, username,
                username + "@example.test", username + "-password");
        return new Owner(username, account.id());
    }

    String generateKey(Owner owner, String name) {
        return signedIn.as(owner.username(), () -> keys.generate(owner.accountId(), name).secret());
    }

    List<ApiKeySummary> listKeys(Owner owner) {
        return signedIn.as(owner.username(), () -> keys.listKeys(owner.accountId()));
    }

    void delete(Owner owner, UUID keyId) {
        signedIn.as(owner.username(), () -> {
            keys.delete(keyId);
            return null;
        });
    }

    ApiKeySummary rename(Owner owner, UUID keyId, String name) {
        return signedIn.as(owner.username(), () -> keys.rename(keyId, name));
    }

    /** Many keys at once, straight into the table: setup for the large-report benchmark only. */
    List<String> insertKeys(Owner owner, int count) {
        KeyFormat format = new KeyFormat(new SecureRandom());
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String secret = format.generate();
            secrets.add(secret);
            jdbc.sql("""
                    insert into api_key (id, account_id, name, name_key, hint, secret_hash, status, created_at)
                    values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)""")
                    .params(UUID.randomUUID(), owner.accountId(), "bulk " + i, "bulk " + i, KeyFormat.hint(secret),
                            KeyHasher.sha256Hex(secret), java.sql.Timestamp.from(Instant.now()))
                    .update();
        }
        return secrets;
    }

    ResultActions report(byte[] body) throws Exception {
        return report(body, TestReports.KEY_IDENTIFIER, TestReports.sign(body));
    }

    ResultActions report(byte[] body, String identifier, String signature) throws Exception {
        return mvc.perform(post(SecretScanningController.PATH).contentType(MediaType.APPLICATION_JSON).content(body)
                .header(SecretScanningController.KEY_IDENTIFIER, identifier)
                .header(SecretScanningController.KEY_SIGNATURE, signature));
    }

    ResultActions me(String key) throws Exception {
        return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + key));
    }

    String status(String key) {
        return jdbc.sql("select status from api_key where secret_hash = ?").param(KeyHasher.sha256Hex(key))
                .query(String.class).single();
    }

    List<String> auditRows(UUID accountId, String action) {
        return jdbc.sql("""
                        select actor_label || ' | ' || key_name || ' | ' || coalesce(details, '') || ' | '
                               || coalesce(reason, '')
                        from audit_event where account_id = ? and action = ? order by occurred_at, id""")
                .params(accountId, action)
                .query(String.class).list();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
