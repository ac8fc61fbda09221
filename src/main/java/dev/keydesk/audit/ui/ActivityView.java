package dev.keydesk.audit.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.keydesk.account.AccountService;
import dev.keydesk.account.AccountSummary;
import dev.keydesk.audit.ActivityService;
import dev.keydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The customer's activity log: what happened to the account's keys, by whom, when, from where, why. */
@Route("activity")
@Menu(title = "Activity", order = 2, icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.CUSTOMER)
class ActivityView extends VerticalLayout implements HasDynamicTitle {

    ActivityView(ActivityService activity, AccountService accounts) {
        AccountSummary account = accounts.currentAccount();
        addClassName("page");
        Paragraph intro = new Paragraph(getTranslation("activity.intro", account.name()));
        intro.addClassName("page-intro");
        add(new H1(getTranslation("activity.title")), intro, new ActivityGrid(activity, account.id()));
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.page-title");
    }
}
