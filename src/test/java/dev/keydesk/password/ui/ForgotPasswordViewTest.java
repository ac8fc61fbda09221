package dev.keydesk.password.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.keydesk.security.LoginView;
import dev.keydesk.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;

/** Without mail configured (the test profile), "Forgot password?" leads to support and sends nothing. */
class ForgotPasswordViewTest extends BrowserlessTestBase {

    @Test
    void the_login_page_links_to_forgot_password() {
        navigate(LoginView.class);

        assertThat(find(Anchor.class).withText("Forgot password?").single().getHref()).isEqualTo("forgot-password");
    }

    @Test
    void without_mail_the_page_says_support_resets_passwords_and_asks_for_nothing() {
        navigate(ForgotPasswordView.class);

        assertThat(find(Paragraph.class).all()).anySatisfy(text -> assertThat(text.getText())
                .contains("Keydesk support resets passwords"));
        assertThat(find(TextField.class).exists()).isFalse();
    }

    @Test
    void a_reset_page_with_an_unknown_link_says_so_and_offers_a_new_one() {
        UI.getCurrent().navigate(ResetPasswordView.class, QueryParameters.of("token", "not-a-token"));

        assertThat(find(Paragraph.class).all()).anySatisfy(text -> assertThat(text.getText())
                .contains("This link cannot be used"));
        assertThat(find(Anchor.class).withText("Ask for a new link").single().getHref()).isEqualTo("forgot-password");
    }
}
