package dev.keydesk.support.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.keydesk.recentsignin.ui.RecentSignInGuard;
import dev.keydesk.security.Roles;
import dev.keydesk.signin.SignInLocks;
import jakarta.annotation.security.RolesAllowed;

/**
 * Support users locked out by failed sign-ins; another support user lifts the lock (customers' locks are
 * on their account's page).
 */
@Route("support/sign-in-locks")
@PageTitle("Sign-in locks · Keydesk")
@Menu(title = "Sign-in locks", order = 4, icon = "vaadin:lock")
@RolesAllowed(Roles.SUPPORT)
class SupportLocksView extends VerticalLayout {

    SupportLocksView(SignInLocks signIns, RecentSignInGuard recentSignIn) {
        addClassName("page");
        Paragraph intro = new Paragraph("Support users who are locked out after too many failed sign-ins. Lift a "
                + "lock only when you know the colleague asking is its owner; the reason is kept in the audit log. "
                + "Customers' locks are on their account's page.");
        intro.addClassName("page-intro");
        add(new H1("Sign-in locks"), intro, new LockList(signIns, signIns::supportStaffLocks,
                "No support user is locked out.", () -> { }, recentSignIn));
    }
}
