package dev.keydesk.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Every toast in the app: one position, a theme per outcome, so they all look and behave alike. Screen
 * readers announce them (Vaadin's card is {@code role="alert"}: politely for successes, assertively for
 * errors). They appear at the top, above the page's heading rather than over a list's rows, and only one
 * at a time: a new one replaces the last, so toasts never pile up. A success goes after five seconds; an
 * error stays until closed (WCAG 2.2.1), with a Close button.
 */
public final class Notifications {

    static final int DURATION_MS = 5000;
    static final Notification.Position POSITION = Notification.Position.TOP_CENTER;

    private Notifications() {
    }

    /** Something the person asked for has happened. */
    public static Notification success(String text) {
        Notification notification = show(text, NotificationVariant.LUMO_SUCCESS, DURATION_MS);
        notification.setAssertive(false);
        return notification;
    }

    /** Something the person asked for could not be done; the text says why and what to do. */
    public static Notification error(String text) {
        Notification notification = show(text, NotificationVariant.LUMO_ERROR, 0);
        notification.setAssertive(true);
        return notification;
    }

    private static Notification show(String text, NotificationVariant theme, int duration) {
        UI ui = UI.getCurrent();
        Notification previous = ComponentUtil.getData(ui, Notification.class);
        if (previous != null) {
            previous.close();
        }
        Notification notification = new Notification();
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(ui.getTranslation("shell.notification.close"));
        close.addClassName("notification-close");
        Span message = new Span(text);
        message.addClassName("notification-text");
        notification.add(message, close);
        notification.setDuration(duration);
        notification.setPosition(POSITION);
        notification.addThemeVariants(theme);
        ComponentUtil.setData(ui, Notification.class, notification);
        notification.open();
        return notification;
    }
}
