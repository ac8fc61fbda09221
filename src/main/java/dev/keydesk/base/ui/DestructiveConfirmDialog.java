package dev.keydesk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;

/**
 * The one look of every "this cannot be undone" question: the question as header, Cancel as a text button
 * on the left and focused when the dialog opens (so a stray Enter cancels), the red primary action on the
 * right. Esc cancels too. The caller moves focus after a confirmation, as the trigger may be gone.
 */
public class DestructiveConfirmDialog extends ConfirmDialog {

    private final Button cancel;

    /** All texts translated by the caller; {@code onConfirm} runs when the red button is pressed. */
    public DestructiveConfirmDialog(String header, String text, String cancelText, String confirmText,
            Runnable onConfirm) {
        // The text stays the dialog's accessible name; the h2 replaces the dialog's built-in h3, which
        // skipped a level under the page's h1 (axe heading-order).
        setHeader(header);
        H2 heading = new H2(header);
        heading.addClassName("confirm-heading");
        setHeader(heading);
        setText(text);
        cancel = new Button(cancelText);
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setCancelable(true);
        setCancelButton(cancel);
        setConfirmText(confirmText);
        setConfirmButtonTheme("error primary");
        addConfirmListener(event -> onConfirm.run());
        addClassName("destructive-confirm");
    }

    @Override
    public void open() {
        DialogFocus.onOpen(this, cancel);
        super.open();
    }
}
