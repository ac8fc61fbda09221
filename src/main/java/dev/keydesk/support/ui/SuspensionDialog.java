package dev.keydesk.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import dev.keydesk.apikey.InvalidReasonException;

/** Confirms that support suspends (or reactivates) an account, and asks why. */
class SuspensionDialog extends Dialog {

    SuspensionDialog(String accountName, boolean suspend, SerializableConsumer<String> onConfirm) {
        setHeaderTitle(suspend ? "Suspend account?" : "Reactivate account?");
        setWidth("min(32rem, 95vw)");
        Paragraph text = new Paragraph(suspend
                ? "Every API key of \u201c" + accountName + "\u201d will be refused at once, and its members cannot "
                        + "generate or change keys until the account is reactivated."
                : "The API keys of \u201c" + accountName + "\u201d will work again (those not deleted, deactivated "
                        + "or expired).");
        text.addClassName("dialog-text");
        ReasonField reason = new ReasonField();
        add(text, reason);
        Button confirm = new Button(suspend ? "Suspend account" : "Reactivate account", click -> {
            try {
                onConfirm.accept(reason.getValue());
                close();
            } catch (InvalidReasonException refused) {
                reason.showError(refused.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (suspend) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
