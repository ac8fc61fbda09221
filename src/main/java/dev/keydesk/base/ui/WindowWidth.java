package dev.keydesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Tells a component whether the browser window is phone-narrow, now and whenever it crosses the line, so a
 * grid can switch to a stacked column set on phones and keep its table columns on wider screens. Without
 * a browser (tests) the window counts as wide.
 */
public final class WindowWidth {

    /** The widest window, in CSS pixels, that gets the phone layout; the same as styles.css' media queries. */
    public static final int NARROW_MAX = 640;

    private WindowWidth() {
    }

    /** Calls {@code onChange} with {@code true} for a narrow window: once attached, then on each crossing. */
    public static void follow(Component component, SerializableConsumer<Boolean> onChange) {
        Registration[] resize = new Registration[1];
        boolean[] narrow = {false};
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
            narrow[0] = details != null && details.getWindowInnerWidth() > 0
                    && details.getWindowInnerWidth() <= NARROW_MAX;
            onChange.accept(narrow[0]);
            SerializableConsumer<Integer> width = pixels -> {
                boolean now = pixels > 0 && pixels <= NARROW_MAX;
                if (now != narrow[0]) {
                    narrow[0] = now;
                    onChange.accept(now);
                }
            };
            if (details == null || details.getWindowInnerWidth() <= 0) {
                ui.getPage().retrieveExtendedClientDetails(received -> width.accept(received.getWindowInnerWidth()));
            }
            resize[0] = ui.getPage().addBrowserWindowResizeListener(event -> width.accept(event.getWidth()));
        });
        component.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }
}
