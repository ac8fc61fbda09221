package dev.keydesk.apikey.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.SerializableConsumer;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.ApiKeySummary.KeyState;
import dev.keydesk.apikey.Expiration;
import dev.keydesk.base.ui.Money;
import dev.keydesk.base.ui.Times;

/**
 * The grid of an account's keys, with the row actions the page adds ({@link #addAction}). Shared with the
 * support console. Statuses and countdowns are computed for the instant the keys were read.
 */
public class KeyGrid extends Grid<ApiKeySummary> {

    private final List<RowAction> actions = new ArrayList<>();
    private Instant now = Instant.EPOCH;
    private Map<UUID, BigDecimal> costs = Map.of();

    /** With {@code showCreatedBy}, a "Created by" column names who generated each key (the support console). */
    public KeyGrid(boolean showCreatedBy) {
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addComponentColumn(KeyGrid::name).setHeader("Name").setWidth("10rem").setFlexGrow(2).setSortable(true)
                .setComparator(ApiKeySummary::name).setKey("name").setTooltipGenerator(ApiKeySummary::name);
        addComponentColumn(this::hint).setHeader("Key").setWidth("8.5rem").setFlexGrow(0).setKey("hint");
        if (showCreatedBy) {
            addColumn(key -> key.createdBy() == null ? "\u2014" : key.createdBy()).setHeader("Created by")
                    .setAutoWidth(true).setKey("createdBy");
        }
        addComponentColumn(key -> Times.absolute(key.createdAt())).setHeader("Created").setAutoWidth(true)
                .setKey("created");
        addComponentColumn(key -> Times.relative(key.lastUsedAt(), "Never")).setHeader("Last used")
                .setAutoWidth(true).setKey("lastUsed");
        addComponentColumn(this::status).setHeader("Status").setWidth("7.5rem").setFlexGrow(0).setKey("status");
        // Cost before the lifecycle columns: at desktop width it stays in view beside the pinned actions.
        addColumn(key -> Money.usd(costs.getOrDefault(key.id(), BigDecimal.ZERO))).setHeader("Cost (30d)")
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("cost");
        addComponentColumn(this::expires).setHeader("Expires").setAutoWidth(true).setKey("expires");
        addComponentColumn(KeyGrid::permissions).setHeader("Permissions").setAutoWidth(true).setKey("permissions")
                .setTooltipGenerator(KeyGrid::accessDetails);
        addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setFrozenToEnd(true).setKey("actions");
    }

    /** A row button with the accessible name "{@code verb} <key name>", shown on the rows {@code shownFor} accepts. */
    public void addAction(VaadinIcon icon, String verb, SerializablePredicate<ApiKeySummary> shownFor,
            SerializableConsumer<ApiKeySummary> action, boolean destructive) {
        actions.add(new RowAction(icon, verb, shownFor, action, destructive));
    }

    /** The keys as read at {@code readAt}, with their costs of the last 30 days (absent: nothing). */
    public void setKeys(List<ApiKeySummary> keys, Instant readAt, Map<UUID, BigDecimal> costs) {
        this.now = readAt;
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

    /** The masked hint, and while a roll's grace lasts, until when the old secret still works. */
    private Component hint(ApiKeySummary key) {
        Span hint = new Span(key.hint());
        hint.addClassName("key-hint");
        Instant oldUntil = key.oldSecretValidUntil(now);
        if (oldUntil == null) {
            return hint;
        }
        Span grace = new Span("Old key valid until ");
        grace.add(Times.timeOfDay(oldUntil, now));
        grace.addClassName("cell-note");
        Div cell = new Div(hint, grace);
        cell.addClassName("stacked-cell");
        return cell;
    }

    private Component expires(ApiKeySummary key) {
        if (key.expiresAt() == null) {
            return new Span("Never");
        }
        Span remaining = new Span(Expiration.remaining(key.expiresAt(), now));
        remaining.addClassName("cell-note");
        if (key.isExpired(now)) {
            remaining.addClassName("expired-note");
        }
        Div cell = new Div(Times.absolute(key.expiresAt()), remaining);
        cell.addClassName("stacked-cell");
        return cell;
    }

    private static Component permissions(ApiKeySummary key) {
        Span summary = new Span(key.permissions().summary());
        if (key.allowedIps().isAny()) {
            return summary;
        }
        int count = key.allowedIps().entries().size();
        Span addresses = new Span(count + (count == 1 ? " IP address" : " IP addresses"));
        addresses.addClassName("cell-note");
        Div cell = new Div(summary, addresses);
        cell.addClassName("stacked-cell");
        return cell;
    }

    static String accessDetails(ApiKeySummary key) {
        return key.permissions().describe() + ". Allowed addresses: " + key.allowedIps().describe() + ".";
    }

    Component status(ApiKeySummary key) {
        KeyState state = key.state(now);
        Badge badge = new Badge(state.label());
        badge.addThemeVariants(switch (state) {
            case ACTIVE -> BadgeVariant.SUCCESS;
            case EXPIRED -> BadgeVariant.WARNING;
            case DEACTIVATED -> BadgeVariant.ERROR;
        });
        return badge;
    }

    private Component actions(ApiKeySummary key) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        for (RowAction action : actions) {
            if (action.shownFor().test(key)) {
                Button button = iconButton(action.icon(), action.verb() + " " + key.name(),
                        () -> action.action().accept(key));
                if (action.destructive()) {
                    button.addThemeVariants(ButtonVariant.LUMO_ERROR);
                }
                row.add(button);
            }
        }
        return row;
    }

    private static Button iconButton(VaadinIcon icon, String accessibleName, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(accessibleName);
        button.setTooltipText(accessibleName);
        return button;
    }

    private record RowAction(VaadinIcon icon, String verb, SerializablePredicate<ApiKeySummary> shownFor,
            SerializableConsumer<ApiKeySummary> action, boolean destructive) implements java.io.Serializable {
    }
}
