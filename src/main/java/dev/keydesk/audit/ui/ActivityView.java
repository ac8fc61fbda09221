package dev.keydesk.audit.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.keydesk.account.AccountService;
import dev.keydesk.account.AccountSummary;
import dev.keydesk.audit.ActivityService;
import dev.keydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The customer's activity log: what happened to the account's keys, by whom, when, from where, why. */
@Route("activity")
@PageTitle("Activity · Keydesk")
@Menu(title = "Activity", order = 2, icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.CUSTOMER)
class ActivityView extends VerticalLayout {

    ActivityView(ActivityService activity, AccountService accounts) {
        AccountSummary account = accounts.currentAccount();
        addClassName("page");
        Paragraph intro = new Paragraph("Every change to the keys of " + account.name() + " and every sign-in of "
                + "its members, newest first: who, when, from which address, and why when a reason was given.");
        intro.addClassName("page-intro");
        add(new H1("Activity"), intro, new ActivityGrid(activity, account.id()));
        setSizeFull();
    }
}
