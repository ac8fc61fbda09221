package dev.keydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every toast looks and behaves the same: one position at the top, away from the lists' rows; one at a time;
 * announced (politely for success, assertively for errors); errors stay until closed.
 */
class NotificationsTest extends BrowserlessTestBase {

    @Test
    @WithUserDetails("customer")
    void a_success_is_announced_politely_at_the_top_and_goes_after_five_seconds() {
        Notification success = Notifications.success("Key renamed.");

        assertThat(success.isOpened()).isTrue();
        assertThat(success.getDuration()).isEqualTo(5000);
        assertThat(success.getPosition()).isEqualTo(Notification.Position.TOP_CENTER);
        assertThat(success.isAssertive()).isFalse();
        assertThat(success.hasThemeName(NotificationVariant.LUMO_SUCCESS.getVariantName())).isTrue();
    }

    @Test
    @WithUserDetails("customer")
    void an_error_is_announced_assertively_and_stays_until_closed() {
        Notification error = Notifications.error("This key no longer exists.");

        assertThat(error.getDuration()).isZero();
        assertThat(error.isAssertive()).isTrue();
        assertThat(error.hasThemeName(NotificationVariant.LUMO_ERROR.getVariantName())).isTrue();
        Button close = find(Button.class, error).single();
        assertThat(close.getAriaLabel()).contains("Close");
        test(close).click();
        assertThat(error.isOpened()).isFalse();
    }

    @Test
    @WithUserDetails("customer")
    void a_new_toast_replaces_the_last_so_they_never_pile_up() {
        Notification first = Notifications.success("Key renamed.");
        Notification second = Notifications.error("This key no longer exists.");

        assertThat(first.isOpened()).isFalse();
        assertThat(second.isOpened()).isTrue();
    }

    @Test
    @WithUserDetails("customer")
    void the_close_button_is_named_in_the_readers_language() {
        UI.getCurrent().setLocale(Languages.BRAZILIAN_PORTUGUESE);
        Notification error = Notifications.error("Esta chave não existe mais.");

        assertThat(find(Button.class, error).single().getAriaLabel()).contains("Fechar");
    }
}
