package dev.keydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import dev.keydesk.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LoginViewTest extends BrowserlessTestBase {

    @Test
    void login_form_has_username_password_and_log_in() {
        navigate(LoginView.class);
        JsonNode form = i18n(find(LoginForm.class).single()).get("form");
        assertThat(form.get("username").asString()).isEqualTo("Username");
        assertThat(form.get("password").asString()).isEqualTo("Password");
        assertThat(form.get("submit").asString()).isEqualTo("Log in");
    }

    @Test
    void login_form_posts_to_the_login_processing_url() {
        navigate(LoginView.class);
        assertThat(find(LoginForm.class).single().getAction()).isEqualTo("login");
    }

    @Test
    void a_failed_login_shows_the_error_on_the_form() {
        // Spring Security sends a failed login back to /login?error.
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm login = find(LoginForm.class).single();
        assertThat(login.isError()).isTrue();
        assertThat(i18n(login).get("errorMessage").get("title").asString()).isEqualTo("Incorrect username or password");
    }

    @Test
    void a_refused_login_shows_too_many_failed_attempts_on_the_form() {
        // Sign-in protection sends a refused attempt to /login?error=locked, for known and unknown usernames alike.
        UI.getCurrent().navigate("login", QueryParameters.of("error", "locked"));
        LoginForm login = find(LoginForm.class).single();
        assertThat(login.isError()).isTrue();
        assertThat(i18n(login).get("errorMessage").get("title").asString()).isEqualTo("Too many failed attempts");
        assertThat(i18n(login).get("errorMessage").get("message").asString()).contains("15 minutes");
    }

    @Test
    void a_fresh_login_page_shows_no_error() {
        navigate(LoginView.class);
        assertThat(find(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void the_form_title_says_log_in_and_no_heading_repeats_the_brand() {
        navigate(LoginView.class);
        assertThat(i18n(find(LoginForm.class).single()).get("form").get("title").asString()).isEqualTo("Log in");
        assertThat(find(H1.class).all()).isEmpty();
    }

    @Test
    void the_page_is_a_main_landmark_with_a_title() {
        navigate(LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(Main.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Log in · Keydesk");
    }

    private static JsonNode i18n(LoginForm login) {
        return (JsonNode) login.getElement().getPropertyRaw("i18n");
    }
}
