package dev.keydesk.support.ui;

import java.util.List;

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

/** Locked usernames, each with a button "Lift lock of <username>" that asks for a reason. */
class LockList extends Div {

    private final SignInLocks signIns;
    private final SerializableSupplier<List<UserLock>> locks;
    private final SerializableRunnable afterLift;
    private final String emptyText;
    private final RecentSignInGuard recentSignIn;

    LockList(SignInLocks signIns, SerializableSupplier<List<UserLock>> locks, String emptyText,
            SerializableRunnable afterLift, RecentSignInGuard recentSignIn) {
        this.recentSignIn = recentSignIn;
        this.signIns = signIns;
        this.locks = locks;
        this.emptyText = emptyText;
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
            Span until = new Span(" \u00b7 locked until ");
            Button lift = new Button("Lift lock", click -> new LiftLockDialog(lock, reason -> lift(lock, reason)).open());
            lift.setAriaLabel("Lift lock of " + lock.username());
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
                Notifications.success("Sign-in lock of " + lock.username() + " lifted.");
            } catch (NoSuchLockException gone) {
                Notifications.error(gone.getMessage());
            }
            refresh();
            afterLift.run();
        });
    }
}
