package dev.keydesk.support.ui;

import java.io.Serializable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.keydesk.apikey.InvalidReasonException;

/**
 * A confirmation that asks for a reason (delete a key, suspend an account, lift a lock): Vaadin's
 * ConfirmDialog with "Cancel" on the left, focused on open, so one Enter never confirms, and the action on
 * the right (red for destructive ones). A refused reason opens the dialog again with the field's error.
 */
class ReasonConfirmDialog extends ConfirmDialog {

    interface OnConfirm extends Serializable {
        /** Does the action; throws {@link InvalidReasonException} when the service refuses the reason. */
        void confirm(String reason);
    }

    // ConfirmDialog focuses its confirm button whenever it opens; move that first focus to "Cancel" (or, after
    // a refused reason, to the field). Only the focus that comes with opening is moved, never a later one.
    private static final String FIRST_FOCUS = """
            const dialog = this, confirm = $0;
            let fresh = false;
            const opened = value => {
                fresh = value;
                if (fresh) {
                    setTimeout(() => fresh = false, 2000);
                }
            };
            // This script runs in the response that opens the dialog, after "opened" was set.
            opened(dialog.opened);
            dialog.addEventListener('opened-changed', e => opened(e.detail.value));
            confirm.addEventListener('focus', () => {
                if (fresh) {
                    fresh = false;
                    const target = dialog.keydeskFocusOnOpen || $1;
                    dialog.keydeskFocusOnOpen = null;
                    target.focus();
                }
            });
            """;

    private final ReasonField reason = new ReasonField();
    private final String title;

    ReasonConfirmDialog(String title, String text, String confirmText, boolean destructive, OnConfirm onConfirm) {
        this.title = title;
        // An h2, not ConfirmDialog's default h3: the page's h1 comes right before it (axe heading-order).
        setHeader(new H2(title));
        setWidth("min(32rem, 95vw)");
        addClassName("reason-confirm-dialog");
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("dialog-text");
        setText(new Div(paragraph, reason));

        Button cancel = new Button(getTranslation("support.dialog.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button confirm = new Button(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        setCancelable(true);
        setCancelButton(cancel);
        setConfirmButton(confirm);
        getElement().executeJs(FIRST_FOCUS, confirm.getElement(), cancel.getElement());
        // The button's own click, not the dialog's "confirm" event: the browser closes the dialog on either, and
        // a refusal opens it again once that close has reached the server (hence beforeClientResponse).
        confirm.addClickListener(click -> {
            try {
                onConfirm.confirm(reason.getValue());
                close();
            } catch (InvalidReasonException refused) {
                reason.showError(ReasonField.message(this, refused));
                getUI().ifPresent(ui -> ui.beforeClientResponse(ui, context -> reopenAtTheReason()));
            }
        });
    }

    private void reopenAtTheReason() {
        open();
        getElement().executeJs("this.keydeskFocusOnOpen = $0", reason.getElement());
    }

    String title() {
        return title;
    }

    /** Focus goes back to the element that opened the dialog, or to {@code fallback} when that is gone. */
    ReasonConfirmDialog returningFocusTo(Component fallback) {
        DialogFocus.returnFocus(this, fallback);
        return this;
    }

    ReasonField reasonField() {
        return reason;
    }
}
