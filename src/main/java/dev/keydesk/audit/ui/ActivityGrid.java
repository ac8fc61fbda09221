package dev.keydesk.audit.ui;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.keydesk.audit.ActivityService;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditEvent;
import dev.keydesk.base.ui.Times;
import dev.keydesk.base.ui.WindowWidth;
import org.jspecify.annotations.Nullable;

/**
 * An account's activity log, newest first, fetched a page at a time as the grid scrolls. Shared by the
 * customer's Activity page and the support console's account page. On a phone the columns give way to one
 * stacked column per event, so nothing needs scrolling sideways; long details (URLs) wrap anywhere.
 */
public class ActivityGrid extends Grid<AuditEvent> {

    /** Written by {@code dev.keydesk.security.Actor#label()} for support staff, before their username. */
    static final String SUPPORT_PREFIX = "Support: ";

    public ActivityGrid(ActivityService activity, UUID accountId) {
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("activity-grid");
        // Widths that fit the content area of a 1280 px window (with the side navigation) without scrolling
        // sideways: the client address and browser sit under "Who" instead of in a column of their own.
        List<Column<AuditEvent>> wide = List.of(
                addColumn(this::action).setHeader(getTranslation("activity.column.what")).setWidth("8rem")
                        .setFlexGrow(0).setKey("action"),
                addComponentColumn(ActivityGrid::key).setHeader(getTranslation("activity.column.key"))
                        .setWidth("10rem").setFlexGrow(1).setKey("key"),
                addComponentColumn(this::who).setHeader(getTranslation("activity.column.who")).setWidth("11rem")
                        .setFlexGrow(1).setKey("actor"),
                addComponentColumn(event -> Times.absolute(event.occurredAt()))
                        .setHeader(getTranslation("activity.column.when")).setWidth("10rem").setFlexGrow(0)
                        .setKey("when"),
                addColumn(event -> orDash(event.reason())).setHeader(getTranslation("activity.column.reason"))
                        .setWidth("9rem").setFlexGrow(1).setKey("reason"),
                addComponentColumn(ActivityGrid::details).setHeader(getTranslation("activity.column.details"))
                        .setWidth("11rem").setFlexGrow(2).setKey("details"));
        Column<AuditEvent> card = addComponentColumn(this::card).setHeader(getTranslation("activity.column.what"))
                .setKey("card");
        card.setVisible(false);
        WindowWidth.follow(this, narrow -> {
            wide.forEach(column -> column.setVisible(!narrow));
            card.setVisible(narrow);
        });
        setEmptyStateText(getTranslation("activity.empty"));
        setItems(query -> activity.activity(accountId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, activity.countActivity(accountId)));
    }

    static String actionKey(AuditAction action) {
        return "activity.action." + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String action(AuditEvent event) {
        return getTranslation(actionKey(event.action()));
    }

    /**
     * Who did it, in the reader's language. The log stores the label as written ("Support: ann", "Automatic" or
     * a username); Keydesk's own actions have no user, and a username cannot contain the prefix's space.
     */
    String actor(AuditEvent event) {
        String label = event.actorLabel();
        if (event.actorId() == null && "Automatic".equals(label)) {
            return getTranslation("activity.actor.automatic");
        }
        if (label.startsWith(SUPPORT_PREFIX)) {
            return getTranslation("activity.actor.support", label.substring(SUPPORT_PREFIX.length()));
        }
        return label;
    }

    private Component card(AuditEvent event) {
        Span what = new Span(action(event));
        what.addClassName("activity-card-what");
        Span when = Times.absolute(event.occurredAt());
        when.addClassName("cell-note");
        Div head = new Div(what, when);
        head.addClassName("activity-card-head");
        Div cell = new Div(head);
        if (event.keyName() != null) {
            cell.add(key(event));
        }
        Span who = new Span(actor(event) + (event.remoteAddress() == null ? "" : " \u00b7 " + event.remoteAddress()));
        who.addClassName("cell-note");
        cell.add(who);
        if (event.reason() != null && !event.reason().isBlank()) {
            cell.add(new Span(getTranslation("activity.card.reason", event.reason())));
        }
        if (event.details() != null && !event.details().isBlank()) {
            cell.add(details(event));
        }
        cell.addClassNames("stacked-cell", "activity-card");
        return cell;
    }

    private static Component key(AuditEvent event) {
        Span name = new Span(orDash(event.keyName()));
        Div cell = new Div(name);
        if (event.keyHint() != null) {
            Span hint = new Span(event.keyHint());
            hint.addClassName("key-hint");
            cell.add(new Span(" "), hint);
        }
        return cell;
    }

    /** Details often hold a URL (where a key was found): it wraps anywhere rather than being cut. */
    private static Component details(AuditEvent event) {
        Span details = new Span(orDash(event.details()));
        details.addClassName("activity-details");
        return details;
    }

    /**
     * Who, and below it from where: the client address and, for sign-ins, the browser (both forgotten after the
     * retention time).
     */
    private Component who(AuditEvent event) {
        Span address = new Span(orDash(event.remoteAddress()));
        address.addClassName("cell-note");
        Div cell = new Div(new Span(actor(event)), address);
        if (event.userAgent() != null) {
            Span agent = new Span(event.userAgent());
            agent.addClassName("user-agent");
            cell.add(agent);
        }
        cell.addClassName("stacked-cell");
        return cell;
    }

    private static String orDash(@Nullable String text) {
        return text == null || text.isBlank() ? "\u2014" : text;
    }
}
