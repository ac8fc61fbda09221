package dev.keydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import dev.keydesk.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class NotFoundViewTest extends BrowserlessTestBase {

    @Test
    @WithUserDetails("customer")
    void an_unknown_address_shows_a_plain_not_found_page_without_the_route_list() {
        navigate("no-such-page", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat(UI.getCurrent().getElement().getTextRecursively())
                .doesNotContain("api-keys", "support/accounts", "Exception");
    }
}
