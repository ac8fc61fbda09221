package dev.keydesk.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** Contract: in prod support staff must set up two-factor sign-in; demo logins in the default profile stay one step. */
class TwoFactorPolicySettingsTest {

    static final String SETTING = "keydesk.two-factor-policy.required-for-support";

    @Test
    void the_prod_profile_requires_two_factor_of_support_staff() throws IOException {
        assertThat(settings("application-prod.properties").getProperty(SETTING)).isEqualTo("true");
    }

    @Test
    void the_default_profile_lets_the_demo_support_user_sign_in_with_the_password_alone() throws IOException {
        assertThat(settings("application.properties").getProperty(SETTING)).isEqualTo("false");
    }

    private static Properties settings(String file) throws IOException {
        return PropertiesLoaderUtils.loadProperties(new ClassPathResource(file));
    }
}
