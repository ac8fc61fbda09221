package dev.keydesk.usage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableFooter;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import dev.keydesk.account.UserProvisioning;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.PlatformService;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.UsageFixture;
import dev.keydesk.usage.UsageIngestion;
import dev.keydesk.usage.UsageUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(value = UsageFixture.USERNAME, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class UsageViewTest extends BrowserlessTestBase {

    @Autowired
    UserProvisioning provisioning;
    @Autowired
    UsageIngestion ingestion;
    @Autowired
    ApiKeyService keys;
    @Autowired
    JdbcClient jdbc;

    UsageFixture usage;
    UUID accountId;
    Instant now = Instant.now();

    @BeforeEach
    void emptyAccount() {
        usage = new UsageFixture(provisioning, ingestion, jdbc);
        accountId = usage.emptyAccount();
    }

    @Test
    void an_account_without_usage_sees_what_to_expect_instead_of_an_empty_chart() {
        navigate(UsageView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Usage");
        assertThat(find(H2.class).withText("No usage yet").exists()).isTrue();
        assertThat(find(Svg.class).exists()).isFalse();
        assertThat(find(Anchor.class).withClassName("usage-download").exists()).isFalse();
    }

    @Test
    void the_page_shows_the_daily_cost_as_a_chart_and_the_table_by_key_and_service_with_the_total() {
        UUID production = key("Production");
        UUID staging = key("Staging");
        usage.report(production, PlatformService.TEXT_GENERATION, UsageUnit.TOKENS, "1000", "1.25", now);
        usage.report(production, PlatformService.TEXT_GENERATION, UsageUnit.TOKENS, "500", "0.000001", now.minus(Duration.ofDays(2)));
        usage.report(production, PlatformService.TEXT_TO_SPEECH, UsageUnit.CHARACTERS, "300", "2", now);
        usage.report(staging, PlatformService.AGENTS, UsageUnit.REQUESTS, "3", "0.5", now.minus(Duration.ofDays(1)));

        navigate(UsageView.class);

        String svg = chartMarkup();
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("<rect");
        assertThat(find(H2.class).withText("Daily cost").exists()).isTrue();
        assertThat(tableRows()).containsExactly(
                List.of("Production", "Text generation", "1,500", "tokens", "$1.250001"),
                List.of("Production", "Text-to-speech", "300", "characters", "$2.00"),
                List.of("Staging", "Agents", "3", "requests", "$0.50"));
        assertThat(tableTotal()).isEqualTo("$3.750001");
        Anchor download = find(Anchor.class).withClassName("usage-download").single();
        assertThat(download.getElement().getTextRecursively()).isEqualTo("Download CSV");
        assertThat(download.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void the_key_filter_narrows_chart_table_and_total_to_one_key() {
        UUID production = key("Production");
        UUID staging = key("Staging");
        usage.report(production, PlatformService.TEXT_GENERATION, UsageUnit.TOKENS, "1000", "1.25", now);
        usage.report(staging, PlatformService.AGENTS, UsageUnit.REQUESTS, "3", "0.5", now);
        navigate(UsageView.class);

        @SuppressWarnings("unchecked")
        Select<Object> filter = find(Select.class).withLabel("Key").single();
        test(filter).selectItem("Staging");

        assertThat(tableRows()).containsExactly(List.of("Staging", "Agents", "3", "requests", "$0.50"));
        assertThat(tableTotal()).isEqualTo("$0.50");
        assertThat(chartMarkup()).contains("Staging").doesNotContain("Text generation");
    }

    @Test
    void the_csv_holds_the_same_numbers_as_the_table_with_iso_dates_and_a_header() {
        UUID production = key("Production");
        usage.report(production, PlatformService.TEXT_GENERATION, UsageUnit.TOKENS, "1234567.5", "1234.567891", now);
        usage.report(key("Staging"), PlatformService.SPEECH_TO_TEXT, UsageUnit.SECONDS, "12.25", "0.1", now);
        navigate(UsageView.class);

        List<String> lines = find(UsagePanel.class).single().csv().lines().toList();

        assertThat(lines.getFirst()).isEqualTo("from,to,key,key_id,service,unit,quantity,cost_usd");
        List<List<String>> table = tableRows();
        assertThat(lines).hasSize(table.size() + 1);
        for (int i = 0; i < table.size(); i++) {
            String[] cells = lines.get(i + 1).split(",");
            List<String> row = table.get(i);
            assertThat(cells[0]).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(cells[1]).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(cells[2]).isEqualTo(row.get(0));
            assertThat(cells[4]).isEqualTo(row.get(1));
            assertThat(new BigDecimal(cells[6])).isEqualByComparingTo(number(row.get(2)));
            assertThat(cells[5]).isEqualTo(row.get(3));
            assertThat(new BigDecimal(cells[7])).isEqualByComparingTo(number(row.get(4)));
        }
        assertThat(lines.get(1)).endsWith(",tokens,1234567.5,1234.567891");
    }

    @Test
    void key_names_are_escaped_in_the_chart_and_defused_in_the_csv() {
        UUID evil = key("=HYPERLINK(\"x\") <b>&");
        usage.report(evil, PlatformService.AGENTS, UsageUnit.REQUESTS, "1", "1", now);
        navigate(UsageView.class);
        @SuppressWarnings("unchecked")
        Select<Object> filter = find(Select.class).withLabel("Key").single();
        test(filter).selectItem("=HYPERLINK(\"x\") <b>&");

        assertThat(chartMarkup()).doesNotContain("<b>").contains("&lt;b&gt;&amp;");
        assertThat(find(UsagePanel.class).single().csv().lines().toList().get(1))
                .contains(",\"'=HYPERLINK(\"\"x\"\") <b>&\",");
    }

    @Test
    void usage_older_than_30_days_is_not_shown() {
        UUID production = key("Production");
        usage.report(production, PlatformService.AGENTS, UsageUnit.REQUESTS, "1", "7", now.minus(Duration.ofDays(30)));
        usage.report(production, PlatformService.AGENTS, UsageUnit.REQUESTS, "1", "1", now.minus(Duration.ofDays(29)));
        navigate(UsageView.class);

        assertThat(tableTotal()).isEqualTo("$1.00");
    }

    private UUID key(String name) {
        return keys.generate(accountId, name).key().id();
    }

    private String chartMarkup() {
        return find(Svg.class).all().getFirst().getElement().getProperty("innerHTML");
    }

    private List<List<String>> tableRows() {
        List<List<String>> rows = new ArrayList<>();
        for (NativeTableRow row : find(NativeTableRow.class, find(NativeTableBody.class).single()).all()) {
            rows.add(row.getChildren().map(cell -> ((NativeTableCell) cell).getText()).toList());
        }
        return rows;
    }

    private String tableTotal() {
        return find(NativeTableCell.class, find(NativeTableFooter.class).single()).single().getText();
    }

    private static BigDecimal number(String shown) {
        return new BigDecimal(shown.replace("$", "").replace(",", ""));
    }
}
