package dev.keydesk.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import dev.keydesk.apikey.InvalidReasonException;
import dev.keydesk.signin.UserLock;

/** Confirms that support lifts a sign-in lock, and asks why (the reason goes into the activity log). */
class LiftLockDialog extends Dialog {

    LiftLockDialog(UserLock lock, SerializableConsumer<String> onLift) {
        setHeaderTitle("Lift sign-in lock?");
        setWidth("min(32rem, 95vw)");
        Paragraph text = new Paragraph(lock.username() + " can try to sign in again at once; their earlier failed "
                + "attempts no longer count. Lift a lock only when you know the person asking is its owner.");
        text.addClassName("dialog-text");
        ReasonField reason = new ReasonField();
        add(text, reason);
        Button lift = new Button("Lift lock", click -> {
            try {
                onLift.accept(reason.getValue());
                close();
            } catch (InvalidReasonException refused) {
                reason.showError(refused.getMessage());
            }
        });
        lift.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), lift);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                reason.focus();
            }
        });
    }
}
