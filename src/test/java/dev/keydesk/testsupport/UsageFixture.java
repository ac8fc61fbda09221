package dev.keydesk.testsupport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.keydesk.account.UserProvisioning;
import dev.keydesk.apikey.PlatformService;
import dev.keydesk.usage.UsageEvent;
import dev.keydesk.usage.UsageIngestion;
import dev.keydesk.usage.UsageUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer of its own for usage views ({@value #USERNAME}), created once per database and emptied before
 * each test, and usage reported through the real ingestion.
 */
public final class UsageFixture {

    public static final String USERNAME = "usage-viewer";

    private final UserProvisioning provisioning;
    private final UsageIngestion ingestion;
    private final JdbcClient jdbc;

    public UsageFixture(UserProvisioning provisioning, UsageIngestion ingestion, JdbcClient jdbc) {
        this.provisioning = provisioning;
        this.ingestion = ingestion;
        this.jdbc = jdbc;
    }

    /** The account of {@value #USERNAME}, without keys and without usage. */
    public UUID emptyAccount() {
        List<UUID> existing = jdbc.sql("""
                        select m.account_id from app_user u join membership m on m.user_id = u.id
                        where u.username = ?""")
                .param(USERNAME).query(UUID.class).list();
        UUID accountId = existing.isEmpty()
                ? provisioning.createAccountWithOwner("Usage Ltd", USERNAME, null, "usage-viewer-password").id()
                : existing.getFirst();
        jdbc.sql("delete from usage_daily where account_id = ?").param(accountId).update();
        jdbc.sql("update api_key set status = 'DELETED', name_key = null, deleted_at = ? where account_id = ? "
                + "and status <> 'DELETED'").params(java.sql.Timestamp.from(Instant.now()), accountId).update();
        return accountId;
    }

    public void report(UUID keyId, PlatformService service, UsageUnit unit, String quantity, String cost, Instant at) {
        ingestion.ingest(List.of(new UsageEvent(UUID.randomUUID().toString(), keyId, service, unit,
                new BigDecimal(quantity), new BigDecimal(cost), at)));
    }
}
