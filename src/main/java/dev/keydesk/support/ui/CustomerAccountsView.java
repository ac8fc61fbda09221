package dev.keydesk.support.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.keydesk.base.ui.Times;
import dev.keydesk.security.Roles;
import dev.keydesk.support.CustomerAccountRow;
import dev.keydesk.support.SupportService;
import jakarta.annotation.security.RolesAllowed;

@Route("support/accounts")
@PageTitle("Customer accounts · Keydesk")
@RolesAllowed(Roles.SUPPORT)
class CustomerAccountsView extends VerticalLayout {

    CustomerAccountsView(SupportService support) {
        addClassName("page");
        Paragraph intro = new Paragraph("Every customer account, with its members and active keys. "
                + "Support staff see key metadata only, never a secret.");
        intro.addClassName("page-intro");

        Grid<CustomerAccountRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CustomerAccountRow::name).setHeader("Account").setFlexGrow(2).setKey("name");
        grid.addColumn(CustomerAccountRow::members).setHeader("Members").setFlexGrow(2).setKey("members");
        grid.addColumn(CustomerAccountRow::activeKeys).setHeader("Active keys").setAutoWidth(true)
                .setKey("activeKeys");
        grid.addComponentColumn(row -> Times.absolute(row.createdAt())).setHeader("Created").setAutoWidth(true)
                .setKey("created");
        grid.setItems(query -> support.accounts(query.getOffset(), query.getLimit()).stream(),
                query -> support.countAccounts());
        add(new H1("Customer accounts"), intro, grid);
        setSizeFull();
    }
}
