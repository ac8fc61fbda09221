package dev.keydesk.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.InvalidReasonException;

/** Confirms that support deletes a customer's key, and asks why. */
class SupportDeleteDialog extends Dialog {

    SupportDeleteDialog(ApiKeySummary key, SerializableConsumer<String> onDelete) {
        setHeaderTitle("Delete API key?");
        setWidth("min(32rem, 95vw)");
        Paragraph text = new Paragraph("\u201c" + key.name() + "\u201d (" + key.hint() + ") will stop working "
                + "immediately. The customer's programs that still use it will get 401 errors. This cannot be "
                + "undone.");
        text.addClassName("dialog-text");
        ReasonField reason = new ReasonField();
        add(text, reason);

        Button delete = new Button("Delete", click -> {
            try {
                onDelete.accept(reason.getValue());
                close();
            } catch (InvalidReasonException refused) {
                reason.showError(refused.getMessage());
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", click -> close()), delete);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                reason.focus();
            }
        });
    }
}
