package dev.keydesk.support.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import dev.keydesk.recentsignin.ui.RecentSignInGuard;
import dev.keydesk.base.ui.Notifications;
import dev.keydesk.base.ui.Times;
import dev.keydesk.signin.NoSuchLockException;
import dev.keydesk.signin.SignInLocks;
import dev.keydesk.signin.UserLock;

/**
 * Locked usernames, each with a button "Lift lock of <username>" that asks for a reason. After a lift the
 * list is redrawn, so focus goes to {@code focusAfter} (the section's heading).
 */
class LockList extends Div {

    private final SignInLocks signIns;
    private final SerializableSupplier<List<UserLock>> locks;
    private final SerializableRunnable afterLift;
    private final String emptyText;
    private final Component focusAfter;
    private final RecentSignInGuard recentSignIn;

    LockList(SignInLocks signIns, SerializableSupplier<List<UserLock>> locks, String emptyText,
            Component focusAfter, SerializableRunnable afterLift, RecentSignInGuard recentSignIn) {
        this.recentSignIn = recentSignIn;
        this.signIns = signIns;
        this.locks = locks;
        this.emptyText = emptyText;
        this.focusAfter = focusAfter;
        this.afterLift = afterLift;
        refresh();
    }

    void refresh() {
        removeAll();
        List<UserLock> current = locks.get();
        if (current.isEmpty()) {
            add(new Paragraph(emptyText));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("sign-in-locks");
        for (UserLock lock : current) {
            Span until = new Span(" \u00b7 " + getTranslation("support.locks.until") + " ");
            Button lift = new Button(getTranslation("support.lift.confirm"), click ->
                    new LiftLockDialog(lock, reason -> lift(lock, reason)).returningFocusTo(focusAfter).open());
            lift.setAriaLabel(getTranslation("support.lift.aria", lock.username()));
            lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
            list.add(new ListItem(new Span(new Span(lock.username()), until, Times.absolute(lock.lockedUntil())),
                    lift));
        }
        add(list);
    }

    private void lift(UserLock lock, String reason) {
        recentSignIn.confirmThen(() -> {
            try {
                signIns.lift(lock.username(), reason);
                Notifications.success(getTranslation("support.lift.done", lock.username()));
            } catch (NoSuchLockException gone) {
                Notifications.error(getTranslation("support.lift.gone", lock.username()));
            }
            refresh();
            afterLift.run();
            DialogFocus.focus(focusAfter);
        });
    }
}
