package dev.keydesk.support.ui;

import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import dev.keydesk.apikey.InvalidReasonException;

/** Confirms that support resets a member's two-factor, and asks why (the reason goes into the activity log). */
class ResetTwoFactorDialog extends Dialog {

    ResetTwoFactorDialog(String username, SerializableConsumer<String> onReset) {
        setHeaderTitle(getTranslation("twofactor.reset.title"));
        setWidth("min(32rem, 95vw)");
        setModality(ModalityMode.STRICT);
        Paragraph text = new Paragraph(getTranslation("twofactor.reset.text", username));
        text.addClassName("dialog-text");
        ReasonField reason = new ReasonField();
        add(text, reason);
        Button reset = new Button(getTranslation("twofactor.reset.confirm"), click -> {
            try {
                onReset.accept(reason.getValue());
                close();
            } catch (InvalidReasonException refused) {
                reason.showError(refused.getMessage());
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("twofactor.cancel"), click -> close()), reset);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                reason.focus();
            }
        });
    }
}
