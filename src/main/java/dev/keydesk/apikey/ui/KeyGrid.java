package dev.keydesk.apikey.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.base.ui.Money;
import dev.keydesk.base.ui.Times;

/** The grid of an account's keys, with rename and delete buttons per row. Shared with the support console. */
public class KeyGrid extends Grid<ApiKeySummary> {

    private Map<UUID, BigDecimal> costs = Map.of();

    public KeyGrid(Consumer<ApiKeySummary> onRename, Consumer<ApiKeySummary> onDelete) {
        this(onRename, onDelete, false);
    }

    /** With {@code showCreatedBy}, a "Created by" column names who generated each key (the support console). */
    public KeyGrid(Consumer<ApiKeySummary> onRename, Consumer<ApiKeySummary> onDelete, boolean showCreatedBy) {
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addComponentColumn(KeyGrid::name).setHeader("Name").setWidth("12rem").setFlexGrow(2).setSortable(true)
                .setComparator(ApiKeySummary::name).setKey("name").setTooltipGenerator(ApiKeySummary::name);
        addComponentColumn(key -> hint(key)).setHeader("Key").setAutoWidth(true).setFlexGrow(0).setKey("hint");
        if (showCreatedBy) {
            addColumn(key -> key.createdBy() == null ? "\u2014" : key.createdBy()).setHeader("Created by")
                    .setAutoWidth(true).setKey("createdBy");
        }
        addComponentColumn(key -> Times.absolute(key.createdAt())).setHeader("Created").setAutoWidth(true)
                .setKey("created");
        addComponentColumn(key -> Times.relative(key.lastUsedAt(), "Never")).setHeader("Last used")
                .setAutoWidth(true).setKey("lastUsed");
        addComponentColumn(KeyGrid::status).setHeader("Status").setWidth("9rem").setFlexGrow(0).setKey("status");
        addColumn(key -> Money.usd(costs.getOrDefault(key.id(), BigDecimal.ZERO))).setHeader("Cost (30d)")
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("cost");
        addComponentColumn(key -> actions(key, onRename, onDelete)).setHeader("Actions").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setFrozenToEnd(true).setKey("actions");
    }

    /** The keys' costs of the last 30 days (KeyCosts); keys absent from the map cost nothing. */
    public void setItems(List<ApiKeySummary> keys, Map<UUID, BigDecimal> costs) {
        this.costs = Map.copyOf(costs);
        setItems(keys);
    }

    /** The name, and for a deactivated key where it was found. */
    static Component name(ApiKeySummary key) {
        Span name = new Span(key.name());
        if (key.isActive()) {
            return name;
        }
        Div cell = new Div(name, FoundPublicly.of(key));
        cell.addClassName("key-name-cell");
        return cell;
    }

    private static Component hint(ApiKeySummary key) {
        Span hint = new Span(key.hint());
        hint.addClassName("key-hint");
        return hint;
    }

    static Component status(ApiKeySummary key) {
        Badge badge = key.isActive() ? new Badge("Active") : new Badge("Deactivated");
        badge.addThemeVariants(key.isActive() ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
        return badge;
    }

    private static Component actions(ApiKeySummary key, Consumer<ApiKeySummary> onRename,
            Consumer<ApiKeySummary> onDelete) {
        Button rename = iconButton(VaadinIcon.EDIT, "Rename " + key.name(), () -> onRename.accept(key));
        Button delete = iconButton(VaadinIcon.TRASH, "Delete " + key.name(), () -> onDelete.accept(key));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(rename, delete);
        actions.setSpacing(false);
        return actions;
    }

    private static Button iconButton(VaadinIcon icon, String accessibleName, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(accessibleName);
        button.setTooltipText(accessibleName);
        return button;
    }
}
