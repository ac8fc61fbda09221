package dev.keydesk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Where keyboard focus goes when a dialog opens. The overlays of Vaadin's dialogs focus their first (or,
 * in a confirm dialog, their confirming) button once their opening has finished, after anything the server
 * asked for; this waits for that moment and then focuses the given component.
 */
public final class DialogFocus {

    // The overlay announces the end of its opening on document.body; its owner is the dialog element.
    private static final String FOCUS_WHEN_OPENED = """
            const dialog = this;
            const target = $0;
            const listener = event => {
              const overlay = event.detail && event.detail.overlay;
              if (overlay && (overlay.owner === dialog || dialog.shadowRoot && dialog.shadowRoot.contains(overlay))) {
                document.body.removeEventListener('vaadin-overlay-open', listener);
                target.focus({focusVisible: true});
              }
            };
            document.body.addEventListener('vaadin-overlay-open', listener);
            """;

    private DialogFocus() {
    }

    /** Call right before (or in the same round trip as) opening {@code dialog}. */
    public static void onOpen(Component dialog, Component target) {
        dialog.getElement().executeJs(FOCUS_WHEN_OPENED, target.getElement());
    }
}
