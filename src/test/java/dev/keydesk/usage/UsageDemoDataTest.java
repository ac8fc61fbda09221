package dev.keydesk.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.keydesk.account.UserProvisioning;
import dev.keydesk.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo customers start with keys that have 30 days of usage, so the pages are not empty on first start. */
@SpringBootTest(properties = "keydesk.usage.demo-data=true")
@ActiveProfiles("test")
class UsageDemoDataTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    UsageDemoData demoData;

    @Test
    void each_demo_customer_has_demo_keys_with_usage_on_each_of_the_last_30_days() {
        TestAccounts accounts = new TestAccounts(provisioning, jdbc);
        for (String username : new String[] {"customer", "customer2"}) {
            UUID accountId = accounts.demoCustomer(username).accountId();
            assertThat(jdbc.sql("select count(*) from api_key where account_id = ?").param(accountId)
                    .query(Integer.class).single()).isGreaterThanOrEqualTo(2);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            assertThat(jdbc.sql("select count(distinct usage_day) from usage_daily where account_id = ? "
                            + "and usage_day between ? and ?").params(accountId, today.minusDays(29), today)
                    .query(Integer.class).single()).isBetween(29, 30);
            assertThat(jdbc.sql("select sum(cost) from usage_daily where account_id = ?").param(accountId)
                    .query(java.math.BigDecimal.class).single()).isPositive();
        }
    }

    @Test
    void a_second_start_adds_nothing() {
        long before = jdbc.sql("select sum(events) from usage_daily").query(Long.class).single();
        demoData.create();
        assertThat(jdbc.sql("select sum(events) from usage_daily").query(Long.class).single()).isEqualTo(before);
    }
}
