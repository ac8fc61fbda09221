package dev.keydesk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Where keyboard focus goes when a dialog opens. The overlays of Vaadin's dialogs focus their first (or,
 * in a confirm dialog, their confirming) button once their opening has finished, after anything the server
 * asked for; this waits for that moment and then focuses the given component.
 */
public final class DialogFocus {

    // The overlay announces the end of its opening on document.body; its owner is the dialog element. A dialog
    // closing at the same moment (the one that led here) may hand the focus back to its own opener a little
    // later, so for a second the focus is brought back whenever it lands outside this dialog.
    private static final String FOCUS_WHEN_OPENED = """
            const dialog = this;
            const target = $0;
            const focusTarget = () => target.focus({focusVisible: true});
            const keep = event => {
              if (dialog.opened && !dialog.contains(event.target)) {
                focusTarget();
              }
            };
            const opened = event => {
              const overlay = event.detail && event.detail.overlay;
              if (overlay && (overlay.owner === dialog || dialog.shadowRoot && dialog.shadowRoot.contains(overlay))) {
                document.body.removeEventListener('vaadin-overlay-open', opened);
                focusTarget();
                document.addEventListener('focusin', keep, true);
                setTimeout(() => document.removeEventListener('focusin', keep, true), 1000);
              }
            };
            document.body.addEventListener('vaadin-overlay-open', opened);
            """;

    private DialogFocus() {
    }

    /** Call right before (or in the same round trip as) opening {@code dialog}. */
    public static void onOpen(Component dialog, Component target) {
        dialog.getElement().executeJs(FOCUS_WHEN_OPENED, target.getElement());
    }
}
