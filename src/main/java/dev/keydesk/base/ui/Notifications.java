package dev.keydesk.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Every toast in the app: one duration, one position, a theme per outcome, so they all look and behave alike. */
public final class Notifications {

    static final int DURATION_MS = 5000;
    static final Notification.Position POSITION = Notification.Position.BOTTOM_START;

    private Notifications() {
    }

    /** Something the person asked for has happened. */
    public static Notification success(String text) {
        return show(text, NotificationVariant.LUMO_SUCCESS);
    }

    /** Something the person asked for could not be done; the text says why and what to do. */
    public static Notification error(String text) {
        return show(text, NotificationVariant.LUMO_ERROR);
    }

    private static Notification show(String text, NotificationVariant theme) {
        Notification notification = Notification.show(text, DURATION_MS, POSITION);
        notification.addThemeVariants(theme);
        return notification;
    }
}
