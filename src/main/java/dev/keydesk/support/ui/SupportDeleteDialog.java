package dev.keydesk.support.ui;

import com.vaadin.flow.i18n.I18NProvider;
import dev.keydesk.apikey.ApiKeySummary;

/** Confirms that support deletes a customer's key, and asks why; "Cancel" has the focus, "Delete" is red. */
class SupportDeleteDialog extends ReasonConfirmDialog {

    SupportDeleteDialog(ApiKeySummary key, OnConfirm onDelete) {
        super(I18NProvider.translate("support.delete.title"),
                I18NProvider.translate("support.delete.text", key.name(), key.hint()),
                I18NProvider.translate("support.delete.confirm"), true, onDelete);
    }
}
