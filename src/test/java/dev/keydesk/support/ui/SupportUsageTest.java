package dev.keydesk.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableFooter;
import dev.keydesk.account.UserProvisioning;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.PlatformService;
import dev.keydesk.apikey.ui.KeyGrid;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.UsageFixture;
import dev.keydesk.usage.UsageIngestion;
import dev.keydesk.usage.UsageUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** Support staff see an account's usage and each key's cost on the account's page. */
@WithUserDetails("support")
class SupportUsageTest extends BrowserlessTestBase {

    @Autowired
    UserProvisioning provisioning;
    @Autowired
    UsageIngestion ingestion;
    @Autowired
    ApiKeyService keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignedIn signedIn;

    @Test
    void the_account_page_shows_cost_30d_per_key_and_the_usage_panel() {
        UsageFixture usage = new UsageFixture(provisioning, ingestion, jdbc);
        UUID accountId = usage.emptyAccount();
        UUID keyId = signedIn.as(UsageFixture.USERNAME, () -> keys.generate(accountId, "Batch")).key().id();
        usage.report(keyId, PlatformService.SPEECH_TO_TEXT, UsageUnit.SECONDS, "60", "0.4", Instant.now());

        navigate("support/accounts/" + accountId, SupportAccountView.class);

        KeyGrid component = find(KeyGrid.class).single();
        var grid = test(component);
        int cost = component.getColumns().indexOf(component.getColumnByKey("cost"));
        assertThat(grid.getHeaderCell(cost)).isEqualTo("Cost (30d)");
        assertThat(grid.getCellText(0, cost)).isEqualTo("$0.40");
        assertThat(find(H2.class).withText("Usage").exists()).isTrue();
        assertThat(find(Svg.class).exists()).isTrue();
        assertThat(find(NativeTableCell.class, find(NativeTableFooter.class).single()).single().getText())
                .isEqualTo("$0.40");
    }
}
