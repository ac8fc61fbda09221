package dev.keydesk.support.ui;

import java.io.Serializable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.keydesk.account.Account;
import dev.keydesk.account.InvalidKeyLimitException;
import dev.keydesk.apikey.InvalidReasonException;

/** Support changes how many active keys an account may have, with a reason. */
class KeyLimitDialog extends Dialog {

    interface OnSave extends Serializable {
        void save(int limit, String reason);
    }

    KeyLimitDialog(int currentLimit, OnSave onSave) {
        setHeaderTitle("Change key limit");
        setWidth("min(32rem, 95vw)");
        IntegerField limit = new IntegerField("Key limit");
        limit.setValue(currentLimit);
        limit.setMin(Account.MIN_KEY_LIMIT);
        limit.setMax(Account.MAX_KEY_LIMIT);
        limit.setStepButtonsVisible(true);
        limit.setHelperText("Active keys the account may have, " + Account.MIN_KEY_LIMIT + " to "
                + Account.MAX_KEY_LIMIT + ". Existing keys stay when it is lowered.");
        limit.setManualValidation(true);
        ReasonField reason = new ReasonField();
        add(limit, reason);

        Button save = new Button("Save", click -> {
            try {
                onSave.save(limit.getValue() == null ? 0 : limit.getValue(), reason.getValue());
                close();
            } catch (InvalidReasonException refused) {
                reason.showError(refused.getMessage());
            } catch (InvalidKeyLimitException refused) {
                limit.setErrorMessage(refused.getMessage());
                limit.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
