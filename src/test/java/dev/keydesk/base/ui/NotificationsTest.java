package dev.keydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.keydesk.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every toast looks and behaves the same: one duration, one position; the theme tells success from failure. */
class NotificationsTest extends BrowserlessTestBase {

    @Test
    @WithUserDetails("customer")
    void success_and_error_toasts_share_duration_and_position_and_differ_in_theme() {
        Notification success = Notifications.success("Key renamed.");
        Notification error = Notifications.error("This key no longer exists.");

        assertThat(find(Notification.class).all()).containsExactly(success, error);
        for (Notification shown : new Notification[] {success, error}) {
            assertThat(shown.isOpened()).isTrue();
            assertThat(shown.getDuration()).isEqualTo(5000);
            assertThat(shown.getPosition()).isEqualTo(Notification.Position.BOTTOM_START);
        }
        assertThat(success.hasThemeName(NotificationVariant.LUMO_SUCCESS.getVariantName())).isTrue();
        assertThat(error.hasThemeName(NotificationVariant.LUMO_ERROR.getVariantName())).isTrue();
    }
}
