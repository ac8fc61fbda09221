package dev.keydesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keydesk.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class RequiredSettingsTest {

    private static final String ENCRYPTION_KEY = "cmVxdWlyZWQtc2V0dGluZ3MtdGVzdC1rZXktMzItYnk=";

    private final RequiredSettings settings = new RequiredSettings();

    private static MockEnvironment prod() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        return environment;
    }

    private void check(MockEnvironment environment) {
        settings.postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void prod_without_a_database_url_is_refused_naming_the_variable() {
        assertThatThrownBy(() -> check(prod().withProperty("KEYDESK_ENCRYPTION_KEY", ENCRYPTION_KEY)))
                .isInstanceOfSatisfying(MissingSettingsException.class,
                        e -> assertThat(e.names()).containsExactly("KEYDESK_DB_URL"))
                .hasMessageContaining("KEYDESK_DB_URL");
    }

    @Test
    void prod_without_an_encryption_key_is_refused_naming_it() {
        assertThatThrownBy(() -> check(prod().withProperty("KEYDESK_DB_URL", "jdbc:postgresql://db/k")))
                .isInstanceOfSatisfying(MissingSettingsException.class,
                        e -> assertThat(e.names()).containsExactly("KEYDESK_ENCRYPTION_KEY"))
                .hasMessageContaining("KEYDESK_ENCRYPTION_KEY");
    }

    @Test
    void a_blank_variable_counts_as_missing() {
        assertThatThrownBy(() -> check(prod().withProperty("KEYDESK_DB_URL", "  ")))
                .isInstanceOf(MissingSettingsException.class);
    }

    @Test
    void a_support_username_without_its_password_is_refused_in_the_same_message_as_the_url() {
        MockEnvironment environment = prod().withProperty("KEYDESK_BOOTSTRAP_SUPPORT_USERNAME", "ops");

        assertThatThrownBy(() -> check(environment))
                .isInstanceOfSatisfying(MissingSettingsException.class, e -> assertThat(e.names())
                        .containsExactly("KEYDESK_DB_URL", "KEYDESK_ENCRYPTION_KEY",
                                "KEYDESK_BOOTSTRAP_SUPPORT_PASSWORD"));
    }

    @Test
    void a_support_password_without_its_username_is_refused() {
        MockEnvironment environment = prod().withProperty("KEYDESK_DB_URL", "jdbc:postgresql://db/keydesk")
                .withProperty("KEYDESK_ENCRYPTION_KEY", ENCRYPTION_KEY)
                .withProperty("KEYDESK_BOOTSTRAP_SUPPORT_PASSWORD", "a-long-bootstrap-secret");

        assertThatThrownBy(() -> check(environment))
                .isInstanceOfSatisfying(MissingSettingsException.class, e -> assertThat(e.names())
                        .containsExactly("KEYDESK_BOOTSTRAP_SUPPORT_USERNAME"))
                .hasMessageNotContaining("a-long-bootstrap-secret");
    }

    @Test
    void prod_with_a_database_url_an_encryption_key_and_no_support_user_starts() {
        assertThatNoException().isThrownBy(() -> check(prod().withProperty("KEYDESK_DB_URL", "jdbc:postgresql://db/k")
                .withProperty("KEYDESK_ENCRYPTION_KEY", ENCRYPTION_KEY)));
    }

    @Test
    void the_default_profile_needs_none_of_them() {
        assertThatNoException().isThrownBy(() -> check(new MockEnvironment()));
    }

    @Test
    void the_application_refuses_to_start_with_one_report_naming_every_missing_variable_and_no_stack_trace(
            CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(Application.class).profiles("prod");

        assertThatThrownBy(() -> app.run("--KEYDESK_DB_URL=", "--KEYDESK_BOOTSTRAP_SUPPORT_USERNAME=ops",
                "--KEYDESK_BOOTSTRAP_SUPPORT_PASSWORD="))
                .isInstanceOf(MissingSettingsException.class);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("set KEYDESK_DB_URL, KEYDESK_ENCRYPTION_KEY, KEYDESK_BOOTSTRAP_SUPPORT_PASSWORD")
                .doesNotContain("\tat dev.keydesk")
                .doesNotContain("Could not resolve placeholder");
    }
}
