package dev.keydesk.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.InvalidKeyNameException;
import dev.keydesk.apikey.InvalidReasonException;
import dev.keydesk.apikey.ui.KeyNameField;

/** Support renames a customer's key: a new name and a reason; refusals show in their fields. */
class SupportRenameDialog extends Dialog {

    interface OnSave {
        void save(String name, String reason);
    }

    SupportRenameDialog(ApiKeySummary key, OnSave onSave) {
        setHeaderTitle("Rename API Key");
        setWidth("min(32rem, 95vw)");
        KeyNameField name = new KeyNameField();
        name.setValue(key.name());
        ReasonField reason = new ReasonField();
        add(name, reason);

        Button save = new Button("Save", click -> {
            try {
                onSave.save(name.getValue(), reason.getValue());
                close();
            } catch (InvalidReasonException refused) {
                reason.showError(refused.getMessage());
            } catch (InvalidKeyNameException refused) {
                name.showError(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                reason.focus();
            }
        });
    }
}
