package dev.keydesk.usage.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.keydesk.account.AccountService;
import dev.keydesk.account.AccountSummary;
import dev.keydesk.security.Roles;
import dev.keydesk.usage.UsageReports;
import jakarta.annotation.security.RolesAllowed;

/** The customer's usage and cost of the last 30 days, per day, key and service. */
@Route("usage")
@Menu(title = "Usage", order = 1.5, icon = "vaadin:chart")
@RolesAllowed(Roles.CUSTOMER)
class UsageView extends VerticalLayout implements HasDynamicTitle {

    UsageView(UsageReports reports, AccountService accounts) {
        AccountSummary account = accounts.currentAccount();
        addClassName("page");
        Paragraph intro = new Paragraph(getTranslation("usage.intro", account.name()));
        intro.addClassName("page-intro");
        add(new H1(getTranslation("usage.title")), intro,
                new UsagePanel(reports.lastDays(account.id(), UsageReports.MAX_DAYS)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.page-title", getTranslation("usage.title"));
    }
}
