package dev.keydesk.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * Support's dialogs that change something with a reason (rename, expiration, key limit): laid out like the
 * confirmations, "Cancel" (tertiary) on the left and the action (primary) on the right; the first field has
 * the focus when it opens, and focus goes back to the trigger when it closes.
 */
abstract class SupportFormDialog extends Dialog {

    SupportFormDialog(String title, Focusable<?> firstField) {
        setHeaderTitle(title);
        setWidth("min(32rem, 95vw)");
        addClassName("support-form-dialog");
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                firstField.focus();
            }
        });
    }

    /** The footer: "Cancel" on the left, {@code action} (made primary) on the right. */
    void actions(Button action) {
        Button cancel = new Button(getTranslation("support.dialog.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClassName("dialog-cancel");
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, action);
    }

    /** Focus goes back to the element that opened the dialog, or to {@code fallback} when that is gone. */
    SupportFormDialog returningFocusTo(Component fallback) {
        DialogFocus.returnFocus(this, fallback);
        return this;
    }
}
