package dev.keydesk.support.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Sign-in locks", order = 4, icon = "vaadin:lock")
@RolesAllowed(Roles.SUPPORT)
class SupportLocksView extends VerticalLayout implements HasDynamicTitle {

    SupportLocksView(SignInLocks signIns, RecentSignInGuard recentSignIn) {
        addClassName("page");
        Paragraph intro = new Paragraph(getTranslation("support.locks.intro"));
        intro.addClassName("page-intro");
        // The page's heading takes focus after a lift, when the list it started from is redrawn.
        H1 heading = new H1(getTranslation("support.locks.title"));
        heading.getElement().setAttribute("tabindex", "-1");
        heading.addClassName("focus-target");
        add(heading, intro, new LockList(signIns, signIns::supportStaffLocks,
                getTranslation("support.locks.empty"), heading, () -> { }, recentSignIn));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.locks.page-title");
    }
}
