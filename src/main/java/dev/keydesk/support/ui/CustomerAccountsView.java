package dev.keydesk.support.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.keydesk.base.ui.Times;
import dev.keydesk.security.Roles;
import dev.keydesk.support.AccountFilter;
import dev.keydesk.support.AccountOrder;
import dev.keydesk.support.AccountSort;
import dev.keydesk.support.CustomerAccountRow;
import dev.keydesk.support.SupportService;
import jakarta.annotation.security.RolesAllowed;

/** Finds customer accounts: the database filters, sorts and pages; the grid fetches what it shows. */
@Route("support/accounts")
@PageTitle("Customer accounts · Keydesk")
@Menu(title = "Customer accounts", order = 3, icon = "vaadin:users")
@RolesAllowed(Roles.SUPPORT)
class CustomerAccountsView extends VerticalLayout {

    private final SupportService support;
    private final TextField search = new TextField("Search");
    private final Grid<CustomerAccountRow> grid = new Grid<>();

    CustomerAccountsView(SupportService support) {
        this.support = support;
        addClassName("page");
        Paragraph intro = new Paragraph("Find a customer account by a part of its name or by the start of a "
                + "member's username. Support staff see key metadata only, never a secret.");
        intro.addClassName("page-intro");

        search.setPlaceholder("Account name or username");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.addClassName("account-search");

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CustomerAccountRow::name).setHeader("Account").setFlexGrow(2).setKey("name")
                .setSortProperty(AccountSort.NAME.name());
        grid.addColumn(row -> String.join(", ", row.members())).setHeader("Members").setFlexGrow(2)
                .setKey("members");
        grid.addColumn(CustomerAccountRow::activeKeys).setHeader("Active keys").setAutoWidth(true).setFlexGrow(0)
                .setKey("activeKeys");
        grid.addComponentColumn(row -> Times.absolute(row.createdAt())).setHeader("Created").setAutoWidth(true)
                .setKey("created").setSortProperty(AccountSort.CREATED.name());
        grid.addComponentColumn(CustomerAccountsView::openButton).setHeader("").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setKey("open");
        grid.setItems(query -> support.searchAccounts(filter(), order(query), query.getOffset(), query.getLimit())
                        .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, support.countAccounts(filter())));
        grid.setEmptyStateText("No account matches this search.");

        add(new H1("Customer accounts"), intro, search, grid);
        setSizeFull();
    }

    private AccountFilter filter() {
        return AccountFilter.of(search.getValue());
    }

    private static AccountOrder order(Query<CustomerAccountRow, Void> query) {
        List<QuerySortOrder> orders = query.getSortOrders();
        if (orders.isEmpty()) {
            return AccountOrder.BY_NAME;
        }
        QuerySortOrder first = orders.getFirst();
        return new AccountOrder(AccountSort.valueOf(first.getSorted()),
                first.getDirection() == SortDirection.DESCENDING);
    }

    private static Component openButton(CustomerAccountRow row) {
        Button open = new Button("Open", VaadinIcon.ARROW_RIGHT.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(SupportAccountView.class,
                        SupportAccountView.parameters(row.id()))));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.setIconAfterText(true);
        open.setAriaLabel("Open " + row.name());
        return open;
    }
}
