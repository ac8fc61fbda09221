package dev.keydesk.support.ui;

import java.io.Serializable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.I18NProvider;
import dev.keydesk.account.Account;
import dev.keydesk.account.InvalidKeyLimitException;
import dev.keydesk.apikey.InvalidReasonException;

/** Support changes how many active keys an account may have, with a reason. */
class KeyLimitDialog extends SupportFormDialog {

    interface OnSave extends Serializable {
        void save(int limit, String reason);
    }

    KeyLimitDialog(int currentLimit, OnSave onSave) {
        this(new IntegerField(), currentLimit, onSave);
    }

    private KeyLimitDialog(IntegerField limit, int currentLimit, OnSave onSave) {
        super(I18NProvider.translate("support.limit.title"), limit);
        limit.setLabel(getTranslation("support.limit.field"));
        limit.setValue(currentLimit);
        limit.setMin(Account.MIN_KEY_LIMIT);
        limit.setMax(Account.MAX_KEY_LIMIT);
        limit.setStepButtonsVisible(true);
        limit.setRequiredIndicatorVisible(true);
        String hint = getTranslation("support.limit.helper", Account.MIN_KEY_LIMIT, Account.MAX_KEY_LIMIT);
        limit.setHelperText(hint);
        limit.setManualValidation(true);
        limit.addValueChangeListener(change -> {
            limit.setInvalid(false);
            limit.setHelperText(hint);
        });
        ReasonField reason = new ReasonField();
        add(limit, reason);
        actions(new Button(getTranslation("support.limit.save"), click -> {
            try {
                onSave.save(limit.getValue() == null ? 0 : limit.getValue(), reason.getValue());
                close();
            } catch (InvalidReasonException refused) {
                reason.showError(ReasonField.message(this, refused));
            } catch (InvalidKeyLimitException refused) {
                limit.setHelperText(null);
                limit.setErrorMessage(getTranslation("support.limit.error", Account.MIN_KEY_LIMIT,
                        Account.MAX_KEY_LIMIT));
                limit.setInvalid(true);
            }
        }));
    }
}
