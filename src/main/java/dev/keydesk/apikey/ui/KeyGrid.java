package dev.keydesk.apikey.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializablePredicate;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.base.ui.Money;
import dev.keydesk.base.ui.Times;
import org.jspecify.annotations.Nullable;

/**
 * The grid of an account's keys, with the row actions the page adds ({@link #addAction}). Shared with the
 * support console. Statuses and countdowns are computed for the instant the keys were read. On narrow
 * screens ({@link #setCompact}) one column shows each key as a card (name, hint, status, actions), so
 * nothing needs horizontal scrolling; on wide screens every detail has its own column.
 */
public class KeyGrid extends Grid<ApiKeySummary> {

    /** The id of {@link #keyboardHint()}'s element, which the grid then names as its description. */
    static final String KEYBOARD_HINT_ID = "key-grid-keyboard-hint";

    /**
     * Enter on any cell of a row (not only the actions cell, where the grid does it itself) moves focus to the
     * row's first button, which puts the grid into its interaction mode: Tab walks the row's buttons and Esc
     * goes back to the cell. It listens while capturing, before the grid's own Enter handling, and only when a
     * cell itself has focus; everything else (arrows, Tab out of the grid, Esc) stays the grid's own.
     */
    private static final String ENTER_REACHES_ROW_ACTIONS = """
            const grid = this;
            if (grid.__keydeskRowActions) {
              return;
            }
            grid.__keydeskRowActions = true;
            const content = cell => {
              const slot = cell.querySelector('slot');
              return slot ? slot.assignedElements({ flatten: true })[0] : undefined;
            };
            grid.addEventListener('keydown', event => {
              if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
                return;
              }
              const cell = event.composedPath()[0];
              if (!cell || cell.localName !== 'td' || !(cell.getAttribute('part') || '').includes('body-cell')) {
                return;
              }
              const own = content(cell);
              if (own && own.querySelector('vaadin-button')) {
                return;
              }
              for (const sibling of cell.parentElement.querySelectorAll('td')) {
                const found = content(sibling);
                const button = found && found.querySelector('.row-actions vaadin-button');
                if (button) {
                  event.preventDefault();
                  event.stopPropagation();
                  button.focus();
                  return;
                }
              }
            }, true);""";

    private final List<RowAction> actions = new ArrayList<>();
    private final List<Column<ApiKeySummary>> wideColumns = new ArrayList<>();
    private final Column<ApiKeySummary> cardColumn;
    private final Map<ActionRef, Button> renderedButtons = new HashMap<>();
    private @Nullable ActionRef pendingFocus;
    private Instant now = Instant.EPOCH;
    private Map<UUID, BigDecimal> costs = Map.of();

    /** With {@code showCreatedBy}, a "Created by" column names who generated each key (the support console). */
    public KeyGrid(boolean showCreatedBy) {
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("key-grid");
        getElement().executeJs(ENTER_REACHES_ROW_ACTIONS);
        setAllRowsVisible(true);
        // Widths that let every column fit a 1280 px screen beside the navigation; long texts wrap.
        wide(addComponentColumn(KeyGrid::name).setHeader(KeyTexts.t("apikeys.column.name")).setWidth("6rem")
                .setFlexGrow(2).setSortable(true).setComparator(ApiKeySummary::name).setKey("name"));
        wide(addComponentColumn(this::hint).setHeader(KeyTexts.t("apikeys.column.key")).setWidth("6rem")
                .setFlexGrow(0).setKey("hint"));
        if (showCreatedBy) {
            wide(addColumn(key -> key.createdBy() == null ? "\u2014" : key.createdBy())
                    .setHeader(KeyTexts.t("apikeys.column.created-by")).setAutoWidth(true).setKey("createdBy"));
        }
        wide(addComponentColumn(key -> Times.absolute(key.createdAt())).setHeader(KeyTexts.t("apikeys.column.created"))
                .setWidth("5.5rem").setFlexGrow(0).setKey("created"));
        wide(addComponentColumn(key -> Times.relative(key.lastUsedAt(), KeyTexts.t("apikeys.never")))
                .setHeader(KeyTexts.t("apikeys.column.last-used")).setWidth("5rem").setFlexGrow(0).setKey("lastUsed"));
        wide(addComponentColumn(key -> KeyStatus.of(key, now)).setHeader(KeyTexts.t("apikeys.column.status"))
                .setWidth("7rem").setFlexGrow(0).setKey("status"));
        // Cost before the lifecycle columns: at desktop width it stays in view beside the pinned actions.
        wide(addColumn(key -> Money.usd(cost(key))).setHeader(KeyTexts.t("apikeys.column.cost"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("cost"));
        wide(addComponentColumn(this::expires).setHeader(KeyTexts.t("apikeys.column.expires")).setWidth("5.5rem")
                .setFlexGrow(0).setKey("expires"));
        Column<ApiKeySummary> permissions = addComponentColumn(KeyGrid::permissions)
                .setHeader(KeyTexts.t("apikeys.column.permissions")).setWidth("6.5rem").setFlexGrow(1)
                .setKey("permissions");
        permissions.setTooltipGenerator(KeyGrid::accessDetails);
        wide(permissions);
        wide(addComponentColumn(key -> actions(key, false)).setHeader(KeyTexts.t("apikeys.column.actions"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setFrozenToEnd(true)
                .setKey("actions"));
        cardColumn = addComponentColumn(key -> KeyCard.of(key, now, cost(key), actions(key, true)))
                .setHeader(KeyTexts.t("apikeys.column.keys")).setKey("card");
        cardColumn.setVisible(false);
    }

    /**
     * The keyboard hint the grid is described by: how to reach a key's buttons, which the grid's cell
     * navigation hides from people who do not know it. Place it right after the grid; it shows while the grid
     * is navigated by keyboard.
     */
    public Component keyboardHint() {
        getElement().setAttribute("aria-describedby", KEYBOARD_HINT_ID);
        Div hint = new Div(KeyTexts.t("apikeys.grid.keyboard-hint"));
        hint.setId(KEYBOARD_HINT_ID);
        hint.addClassName("key-grid-hint");
        return hint;
    }

    private void wide(Column<ApiKeySummary> column) {
        wideColumns.add(column);
    }

    /** Cards in one column (phones) or one column per detail (wide screens). */
    public void setCompact(boolean compact) {
        wideColumns.forEach(column -> column.setVisible(!compact));
        cardColumn.setVisible(compact);
    }

    public boolean isCompact() {
        return cardColumn.isVisible();
    }

    /** A row button whose accessible name is "{@code verb} <key name>", on the rows {@code shownFor} accepts. */
    public void addAction(VaadinIcon icon, String verb, SerializablePredicate<ApiKeySummary> shownFor,
            SerializableConsumer<ApiKeySummary> action, boolean destructive) {
        addLabelledAction(icon, key -> verb + " " + key.name(), shownFor, action, destructive);
    }

    /** A row button whose accessible name (and tooltip) {@code accessibleName} gives for each key. */
    public void addLabelledAction(VaadinIcon icon, SerializableFunction<ApiKeySummary, String> accessibleName,
            SerializablePredicate<ApiKeySummary> shownFor, SerializableConsumer<ApiKeySummary> action,
            boolean destructive) {
        actions.add(new RowAction(actions.size(), icon, accessibleName, shownFor, action, destructive));
    }

    /** The keys as read at {@code readAt}, with their costs of the last 30 days (absent: nothing). */
    public void setKeys(List<ApiKeySummary> keys, Instant readAt, Map<UUID, BigDecimal> costs) {
        this.now = readAt;
        this.costs = Map.copyOf(costs);
        renderedButtons.clear();
        setItems(keys);
    }

    /**
     * Moves keyboard focus to a row's button (the {@code index}-th action added) once the row is drawn, or to
     * the grid when that key or button is gone: after a dialog the focus returns to where it was opened.
     */
    public void focusAction(UUID keyId, int index) {
        ActionRef ref = new ActionRef(keyId, index);
        Button drawn = renderedButtons.get(ref);
        if (drawn != null && drawn.isAttached()) {
            drawn.focus();
            return;
        }
        // A refreshed grid draws its rows anew; the renderer focuses the new button (see actions()).
        pendingFocus = ref;
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> {
            boolean listed = getListDataView().getItems().anyMatch(key -> key.id().equals(keyId));
            if (ref.equals(pendingFocus) && !listed) {
                pendingFocus = null;
                focus();
            }
        }));
    }

    private BigDecimal cost(ApiKeySummary key) {
        return costs.getOrDefault(key.id(), BigDecimal.ZERO);
    }

    /** The name, and for a deactivated key where it was found. */
    static Component name(ApiKeySummary key) {
        Span name = new Span(key.name());
        name.addClassName("key-name");
        if (key.isActive()) {
            return name;
        }
        Div cell = new Div(name, FoundPublicly.of(key));
        cell.addClassName("key-name-cell");
        return cell;
    }

    /** The masked hint, and while a roll's grace lasts, until when the old secret still works. */
    Component hint(ApiKeySummary key) {
        Span hint = new Span(key.hint());
        hint.addClassName("key-hint");
        Instant oldUntil = key.oldSecretValidUntil(now);
        if (oldUntil == null) {
            return hint;
        }
        Span grace = new Span(KeyTexts.t("apikeys.roll.old-valid-until") + " ");
        grace.add(Times.timeOfDay(oldUntil, now));
        grace.addClassName("cell-note");
        Div cell = new Div(hint, grace);
        cell.addClassName("stacked-cell");
        return cell;
    }

    Component expires(ApiKeySummary key) {
        if (key.expiresAt() == null) {
            return new Span(KeyTexts.t("apikeys.never"));
        }
        Span remaining = new Span(KeyTexts.remaining(key.expiresAt(), now));
        remaining.addClassName("cell-note");
        if (key.isExpired(now) || KeyStatus.isExpiringSoon(key, now)) {
            remaining.addClassName("expired-note");
        }
        Div cell = new Div(Times.absolute(key.expiresAt()), remaining);
        cell.addClassName("stacked-cell");
        return cell;
    }

    static Component permissions(ApiKeySummary key) {
        Span summary = new Span(KeyTexts.permissionsSummary(key.permissions()));
        if (key.allowedIps().isAny()) {
            return summary;
        }
        int count = key.allowedIps().entries().size();
        Span addresses = new Span(KeyTexts.counted("apikeys.ips.one", "apikeys.ips.count", count));
        addresses.addClassName("cell-note");
        Div cell = new Div(summary, addresses);
        cell.addClassName("stacked-cell");
        return cell;
    }

    static String accessDetails(ApiKeySummary key) {
        return KeyTexts.accessDetails(key.permissions(), key.allowedIps());
    }

    /** The row's buttons; those of the visible layout (card or column) are the ones focus may return to. */
    private Component actions(ApiKeySummary key, boolean inCard) {
        Div row = new Div();
        row.addClassName("row-actions");
        for (RowAction action : actions) {
            if (action.shownFor().test(key)) {
                String accessibleName = action.accessibleName().apply(key);
                Button button = new Button(action.icon().create(), click -> action.action().accept(key));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
                if (!inCard) {
                    // 30 px targets keep four buttons and every column within 1280 px; cards keep 36 px for touch.
                    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                }
                button.setAriaLabel(accessibleName);
                button.setTooltipText(accessibleName);
                if (action.destructive()) {
                    button.addThemeVariants(ButtonVariant.LUMO_ERROR);
                }
                if (inCard == isCompact()) {
                    ActionRef ref = new ActionRef(key.id(), action.index());
                    renderedButtons.put(ref, button);
                    if (ref.equals(pendingFocus)) {
                        pendingFocus = null;
                        button.focus();
                    }
                }
                row.add(button);
            }
        }
        return row;
    }

    private record ActionRef(UUID keyId, int index) implements java.io.Serializable {
    }

    private record RowAction(int index, VaadinIcon icon, SerializableFunction<ApiKeySummary, String> accessibleName,
            SerializablePredicate<ApiKeySummary> shownFor, SerializableConsumer<ApiKeySummary> action,
            boolean destructive) implements java.io.Serializable {
    }
}
