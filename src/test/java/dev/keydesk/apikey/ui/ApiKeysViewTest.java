package dev.keydesk.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ApiKeysViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("customer")
    void generate_shows_the_key_once_and_done_forgets_it() {
        navigate(ApiKeysView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("API Keys");
        test($(Button.class).withText("Generate API Key").single()).click();
        test($(TextField.class).withLabel("Name").single()).setValue("Production");
        test($(Button.class).withText("Create").single()).click();
        TextField secret = $(TextField.class).withLabel("API key").single();
        assertThat(secret.getValue()).matches("kd_[0-9A-Za-z]{46}");
        test($(Button.class).withText("Done").single()).click();
        assertThat($(Dialog.class).all()).isEmpty();
        assertThat($(TextField.class).withLabel("API key").all()).isEmpty();
    }
}
