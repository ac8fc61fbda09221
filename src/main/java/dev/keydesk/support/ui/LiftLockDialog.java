package dev.keydesk.support.ui;

import com.vaadin.flow.i18n.I18NProvider;
import dev.keydesk.signin.UserLock;

/** Confirms that support lifts a sign-in lock, and asks why (the reason goes into the activity log). */
class LiftLockDialog extends ReasonConfirmDialog {

    LiftLockDialog(UserLock lock, OnConfirm onLift) {
        super(I18NProvider.translate("support.lift.title"), I18NProvider.translate("support.lift.text", lock.username()),
                I18NProvider.translate("support.lift.confirm"), false, onLift);
    }
}
