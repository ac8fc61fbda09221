package dev.keydesk.support.ui;

import java.io.Serializable;
import java.util.UUID;

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
 * the right (red for destructive ones). A refused reason keeps the dialog open with the field's error.
 */
class ReasonConfirmDialog extends ConfirmDialog {

    interface OnConfirm extends Serializable {
        /** Does the action; throws {@link InvalidReasonException} when the service refuses the reason. */
        void confirm(String reason);
    }

    // ConfirmDialog focuses its confirm button whenever it opens; move that first focus to "Cancel". Only the
    // focus that comes with opening is moved, never a later one. And a click on the confirm button must not
    // close the dialog by itself (ConfirmDialog's own listener would): it is stopped on its way down and sent
    // to the server as "keydesk-confirm"; the server closes the dialog once the action is done and keeps it
    // open with the field's error when the reason is refused.
    private static final String BEHAVIOUR = """
            const dialog = this, confirm = $0, cancel = $1;
            dialog.addEventListener('click', e => {
                if (e.target === confirm || confirm.contains(e.target)) {
                    e.stopPropagation();
                    confirm.dispatchEvent(new CustomEvent('keydesk-confirm'));
                }
            }, true);
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
                    cancel.focus();
                }
            });
            """;

    private final ReasonField reason = new ReasonField();
    private final String title;

    ReasonConfirmDialog(String title, String text, String confirmText, boolean destructive, OnConfirm onConfirm) {
        this.title = title;
        // An h2, not ConfirmDialog's default h3: the page's h1 comes right before it (axe heading-order).
        H2 heading = new H2(title);
        heading.setId("reason-confirm-title-" + UUID.randomUUID());
        setHeader(heading);
        // With a component header ConfirmDialog names itself "confirmation"; a screen reader should announce the
        // title instead (aria-labelledby wins over that aria-label).
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
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
        getElement().executeJs(BEHAVIOUR, confirm.getElement(), cancel.getElement());
        // In the browser the click arrives as "keydesk-confirm" (see BEHAVIOUR); a server-side click (tests) as is.
        confirm.getElement().addEventListener("keydesk-confirm", event -> confirm(onConfirm));
        confirm.addClickListener(click -> confirm(onConfirm));
    }

    private void confirm(OnConfirm onConfirm) {
        try {
            onConfirm.confirm(reason.getValue());
            close();
        } catch (InvalidReasonException refused) {
            reason.showError(ReasonField.message(this, refused));
        }
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
