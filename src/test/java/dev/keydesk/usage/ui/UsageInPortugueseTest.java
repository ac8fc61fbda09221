package dev.keydesk.usage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableFooter;
import dev.keydesk.account.UserProvisioning;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.PlatformService;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.UntranslatedText;
import dev.keydesk.testsupport.UsageFixture;
import dev.keydesk.usage.UsageIngestion;
import dev.keydesk.usage.UsageUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Usage page under Brazilian Portuguese: words, dates and amounts as a Brazilian reads them. */
@WithUserDetails(value = UsageFixture.USERNAME, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class UsageInPortugueseTest extends BrowserlessTestBase {

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

    /** Before the test, so the user of {@code @WithUserDetails} exists when the test signs in. */
    @BeforeEach
    void emptyAccount() {
        usage = new UsageFixture(provisioning, ingestion, jdbc);
        accountId = usage.emptyAccount();
    }

    @AfterEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void the_usage_page_reads_in_portuguese_with_brazilian_numbers() {
        UUID key = keys.generate(accountId, "Produção").key().id();
        usage.report(key, PlatformService.TEXT_GENERATION, UsageUnit.TOKENS, "1500", "1234.5", Instant.now());
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));

        navigate(UsageView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Uso");
        assertThat(find(NativeTableFooter.class).single().getElement().getTextRecursively())
                .isEqualTo("TotalUS$\u00a01.234,50");
        assertThat(find(Svg.class).all()).allSatisfy(chart -> assertThat(chart.getElement().getProperty("innerHTML"))
                .contains("Geração de texto").doesNotContain("Text generation"));
        assertThat(UntranslatedText.texts(find(UsageView.class).single())).contains("Geração de texto", "1.500");
        // The page only: the app frame (MainLayout) is the shell's and has its own test.
        UntranslatedText.assertNone(find(UsageView.class).single(), "Usage Ltd");
    }
}
