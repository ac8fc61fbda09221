package dev.keydesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import dev.keydesk.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;

/** The confirmation link's page; valid links are covered at the service (SignUpMailTest), which needs mail. */
class ConfirmSignUpViewTest extends BrowserlessTestBase {

    @Test
    void an_unknown_or_used_link_says_so_and_creates_nothing() {
        UI.getCurrent().navigate("register/confirm", QueryParameters.of("token", "A".repeat(43)));

        assertThat(getCurrentView()).isInstanceOf(ConfirmSignUpView.class);
        assertThat(find(Paragraph.class).single().getText()).startsWith("This link is not valid any more");
    }

    @Test
    void a_link_without_a_token_says_the_same() {
        UI.getCurrent().navigate("register/confirm");

        assertThat(find(Paragraph.class).single().getText()).startsWith("This link is not valid any more");
    }
}
