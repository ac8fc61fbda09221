package dev.keydesk.support.ui;

import java.io.Serializable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.i18n.I18NProvider;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.InvalidKeyNameException;
import dev.keydesk.apikey.InvalidReasonException;
import dev.keydesk.apikey.ui.KeyNameField;
import dev.keydesk.apikey.ui.KeyTexts;

/** Support renames a customer's key: a new name and a reason; refusals show in their fields. */
class SupportRenameDialog extends SupportFormDialog {

    interface OnSave extends Serializable {
        void save(String name, String reason);
    }

    SupportRenameDialog(ApiKeySummary key, OnSave onSave) {
        this(new KeyNameField(), key, onSave);
    }

    private SupportRenameDialog(KeyNameField name, ApiKeySummary key, OnSave onSave) {
        super(I18NProvider.translate("support.rename.title"), name);
        name.setValue(key.name());
        ReasonField reason = new ReasonField();
        add(name, reason);
        actions(new Button(getTranslation("support.rename.save"), click -> {
            try {
                onSave.save(name.getValue(), reason.getValue());
                close();
            } catch (InvalidReasonException refused) {
                reason.showError(ReasonField.message(this, refused));
            } catch (InvalidKeyNameException refused) {
                name.showError(KeyTexts.error(refused));
            }
        }));
    }
}
