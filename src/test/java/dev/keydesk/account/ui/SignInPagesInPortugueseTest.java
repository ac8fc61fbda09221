package dev.keydesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.security.LoginView;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.UntranslatedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Login, sign-up and its confirmation in Brazilian Portuguese: every text translated, titles included. */
class SignInPagesInPortugueseTest extends BrowserlessTestBase {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void readInPortuguese() {
        UI.getCurrent().setLocale(Languages.BRAZILIAN_PORTUGUESE);
        jdbc.sql("delete from sign_up_record").update();
    }

    @Test
    void the_login_page_and_its_error_read_in_portuguese() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(find(LoginForm.class).single().isError()).isTrue();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Entrar · Keydesk");
        UntranslatedText.assertNoneOnPage();
    }

    @Test
    void the_locked_login_reads_in_portuguese() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", "locked"));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        UntranslatedText.assertNoneOnPage();
    }

    @Test
    void the_sign_up_page_and_its_errors_read_in_portuguese() {
        navigate(RegisterView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Criar uma conta · Keydesk");
        UntranslatedText.assertNoneOnPage();

        test(find(TextField.class).withLabel("Organização").single()).setValue("A");
        test(find(TextField.class).withLabel("Usuário").single()).setValue("admin");
        test(find(Button.class).withText("Criar conta").single()).click();
        assertThat(find(TextField.class).withLabel("Organização").single().getErrorMessage())
                .isEqualTo("Nome muito curto: use pelo menos 2 caracteres.");
        UntranslatedText.assertNone((Component) getCurrentView());
    }

    @Test
    void an_invalid_confirmation_link_reads_in_portuguese() {
        UI.getCurrent().navigate("register/confirm", QueryParameters.of("token", "not-a-token"));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Confirme sua conta · Keydesk");
        UntranslatedText.assertNoneOnPage();
    }
}
