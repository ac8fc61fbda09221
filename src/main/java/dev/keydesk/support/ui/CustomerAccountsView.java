package dev.keydesk.support.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.keydesk.base.ui.Times;
import dev.keydesk.base.ui.WindowWidth;
import dev.keydesk.security.Roles;
import dev.keydesk.support.AccountFilter;
import dev.keydesk.support.AccountOrder;
import dev.keydesk.support.AccountSort;
import dev.keydesk.support.CustomerAccountRow;
import dev.keydesk.support.SupportService;
import jakarta.annotation.security.RolesAllowed;

/** Finds customer accounts: the database filters, sorts and pages; the grid fetches what it shows. */
@Route("support/accounts")
@Menu(title = "Customer accounts", order = 3, icon = "vaadin:users")
@RolesAllowed(Roles.SUPPORT)
class CustomerAccountsView extends VerticalLayout implements HasDynamicTitle {

    private final SupportService support;
    private final TextField search = new TextField(getTranslation("support.accounts.search"));
    private final Grid<CustomerAccountRow> grid = new Grid<>();

    CustomerAccountsView(SupportService support) {
        this.support = support;
        addClassName("page");
        Paragraph intro = new Paragraph(getTranslation("support.accounts.intro"));
        intro.addClassName("page-intro");

        search.setPlaceholder(getTranslation("support.accounts.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.addClassName("account-search");

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("account-grid");
        List<Grid.Column<CustomerAccountRow>> wide = List.of(
                grid.addColumn(CustomerAccountRow::name).setHeader(getTranslation("support.accounts.column.account"))
                        .setFlexGrow(2).setKey("name").setSortProperty(AccountSort.NAME.name()),
                grid.addColumn(row -> String.join(", ", row.members()))
                        .setHeader(getTranslation("support.accounts.column.members")).setFlexGrow(2).setKey("members"),
                grid.addColumn(CustomerAccountRow::activeKeys)
                        .setHeader(getTranslation("support.accounts.column.active-keys")).setAutoWidth(true)
                        .setFlexGrow(0).setKey("activeKeys"),
                grid.addComponentColumn(row -> Times.absolute(row.createdAt()))
                        .setHeader(getTranslation("support.accounts.column.created")).setAutoWidth(true)
                        .setKey("created").setSortProperty(AccountSort.CREATED.name()));
        // On a phone one column holds the name (wrapped, never cut) and the facts below it.
        Grid.Column<CustomerAccountRow> card = grid.addComponentColumn(this::card)
                .setHeader(getTranslation("support.accounts.column.account")).setFlexGrow(1).setKey("card")
                .setSortProperty(AccountSort.NAME.name());
        card.setVisible(false);
        grid.addComponentColumn(this::openButton).setHeader(getTranslation("support.accounts.column.open"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("open");
        WindowWidth.follow(grid, narrow -> {
            wide.forEach(column -> column.setVisible(!narrow));
            card.setVisible(narrow);
        });
        grid.setItems(query -> support.searchAccounts(filter(), order(query), query.getOffset(), query.getLimit())
                        .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, support.countAccounts(filter())));
        grid.setEmptyStateText(getTranslation("support.accounts.empty"));

        add(new H1(getTranslation("support.accounts.title")), intro, search, grid);
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

    private Component card(CustomerAccountRow row) {
        Span name = new Span(row.name());
        name.addClassName("account-card-name");
        Span facts = new Span(getTranslation("support.accounts.card.keys", row.activeKeys())
                + (row.members().isEmpty() ? "" : " \u00b7 " + String.join(", ", row.members())));
        facts.addClassName("cell-note");
        Div cell = new Div(name, facts);
        cell.addClassName("stacked-cell");
        return cell;
    }

    private Component openButton(CustomerAccountRow row) {
        Button open = new Button(getTranslation("support.accounts.open"), VaadinIcon.ARROW_RIGHT.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(SupportAccountView.class,
                        SupportAccountView.parameters(row.id()))));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.setIconAfterText(true);
        open.setAriaLabel(getTranslation("support.accounts.open.aria", row.name()));
        return open;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.accounts.page-title");
    }
}
