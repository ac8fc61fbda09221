package dev.keydesk.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.keydesk.account.UserProvisioning;
import dev.keydesk.apikey.PlatformService;
import dev.keydesk.testsupport.UsageFixture;
import dev.keydesk.usage.UsageIngestion;
import dev.keydesk.usage.UsageUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** "Cost (30d)": what each key cost over the last 30 days, today included (UTC). */
@WithUserDetails("customer")
class KeyCostColumnTest extends KeyViewTestBase {

    @Autowired
    UserProvisioning provisioning;
    @Autowired
    UsageIngestion ingestion;
    @Autowired
    JdbcClient jdbc;

    @Test
    void each_row_shows_the_cost_of_its_key_over_the_last_30_days_in_dollars_and_cents() {
        UsageFixture usage = new UsageFixture(provisioning, ingestion, jdbc);
        createThroughService("Production");
        createThroughService("Idle");
        UUID production = listedKeys().stream().filter(k -> k.name().equals("Production")).findFirst().orElseThrow()
                .id();
        Instant now = Instant.now();
        usage.report(production, PlatformService.TEXT_GENERATION, UsageUnit.TOKENS, "10", "1234.004", now);
        usage.report(production, PlatformService.AGENTS, UsageUnit.REQUESTS, "1", "0.002", now.minus(Duration.ofDays(29)));
        usage.report(production, PlatformService.AGENTS, UsageUnit.REQUESTS, "1", "50", now.minus(Duration.ofDays(30)));

        openView();

        var grid = grid();
        KeyGrid component = find(KeyGrid.class).single();
        int cost = component.getColumns().indexOf(component.getColumnByKey("cost"));
        assertThat(grid.getHeaderCell(cost)).isEqualTo("Cost (30d)");
        assertThat(grid.getCellText(rowOf("Production"), cost)).isEqualTo("$1,234.01");
        assertThat(grid.getCellText(rowOf("Idle"), cost)).isEqualTo("$0.00");
    }
}
