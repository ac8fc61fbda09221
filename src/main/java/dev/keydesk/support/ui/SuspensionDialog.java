package dev.keydesk.support.ui;

import com.vaadin.flow.i18n.I18NProvider;

/** Confirms that support suspends (or reactivates) an account, and asks why; suspending is the red action. */
class SuspensionDialog extends ReasonConfirmDialog {

    SuspensionDialog(String accountName, boolean suspend, OnConfirm onConfirm) {
        super(I18NProvider.translate(suspend ? "support.suspend.title" : "support.reactivate.title"),
                I18NProvider.translate(suspend ? "support.suspend.text" : "support.reactivate.text", accountName),
                I18NProvider.translate(suspend ? "support.suspend.confirm" : "support.reactivate.confirm"), suspend,
                onConfirm);
    }
}
