package dev.keydesk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

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
        setHeader(header);
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
