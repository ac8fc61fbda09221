package dev.keydesk.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;

/**
 * Keyboard focus around support's dialogs: back to the element that opened the dialog when it closes, or,
 * when that element is gone (the row was deleted, the page redrawn), to a fallback the page names, so focus
 * never drops to the page's body.
 */
final class DialogFocus {

    // On open: remember the focused element (the trigger). On close: focus it if still on the page, else the
    // fallback; after the close, so that the dialog's own focus handling has finished.
    private static final String RETURN_FOCUS = """
            const dialog = this, fallback = $0;
            // This runs after the response that opened the dialog: focus is still on the trigger then.
            let trigger = dialog.opened ? document.activeElement : null;
            dialog.addEventListener('opened-changed', e => {
                if (e.detail.value) {
                    trigger = document.activeElement;
                    return;
                }
                setTimeout(() => {
                    const target = trigger && trigger.isConnected && trigger !== document.body ? trigger : fallback;
                    trigger = null;
                    if (target && target.isConnected) {
                        target.focus();
                    }
                });
            });
            """;

    private DialogFocus() {
    }

    static void returnFocus(Component dialog, Component fallback) {
        dialog.getElement().executeJs(RETURN_FOCUS, fallback.getElement());
    }

    /** A section heading that can take focus from a script (not from Tab): the fallback after an action. */
    static H2 focusableHeading(String text) {
        H2 heading = new H2(text);
        heading.getElement().setAttribute("tabindex", "-1");
        heading.addClassName("focus-target");
        return heading;
    }

    static void focus(Component target) {
        target.getElement().executeJs("this.focus()");
    }
}
