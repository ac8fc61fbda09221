package dev.keydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.UntranslatedText;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** A customer opening a support page gets "Access denied" inside the app frame, titled, in their language. */
class AccessDeniedViewTest extends BrowserlessTestBase {

    @Test
    @WithUserDetails("customer")
    void a_customer_on_a_support_page_sees_access_denied_in_the_frame() {
        UI.getCurrent().navigate("support/accounts");

        assertThat(find(H1.class).single().getText()).isEqualTo("Access denied");
        assertThat(find(Main.class).single().getChildren()).singleElement().isInstanceOf(AccessDeniedView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Access denied · Keydesk");
    }

    @Test
    @WithUserDetails("customer")
    void access_denied_reads_in_brazilian_portuguese() {
        UI.getCurrent().setLocale(Languages.BRAZILIAN_PORTUGUESE);
        UI.getCurrent().navigate("support/accounts");

        assertThat(find(H1.class).single().getText()).isEqualTo("Acesso negado");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Acesso negado · Keydesk");
        UntranslatedText.assertNoneOnPage("customer");
    }
}
