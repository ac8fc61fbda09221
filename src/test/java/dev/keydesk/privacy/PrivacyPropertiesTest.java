package dev.keydesk.privacy;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PrivacyPropertiesTest {

    @Test
    void a_retention_shorter_than_a_day_is_refused_at_start() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PrivacyProperties(Duration.ofHours(23), PrivacyProperties.DEFAULT_SCHEDULE));
    }

    @Test
    void a_schedule_that_is_not_a_cron_expression_is_refused_at_start() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PrivacyProperties(Duration.ofDays(90), "daily"));
        assertThatNoException().isThrownBy(() -> new PrivacyProperties(Duration.ofDays(90), "0 0 4 * * *"));
    }
}
