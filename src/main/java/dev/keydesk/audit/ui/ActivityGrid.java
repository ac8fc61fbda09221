package dev.keydesk.audit.ui;

import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.keydesk.audit.ActivityService;
import dev.keydesk.audit.AuditEvent;
import dev.keydesk.base.ui.Times;

/**
 * An account's activity log, newest first, fetched a page at a time as the grid scrolls.
 * Shared by the customer's Activity page and the support console's account page.
 */
public class ActivityGrid extends Grid<AuditEvent> {

    public ActivityGrid(ActivityService activity, UUID accountId) {
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("activity-grid");
        addColumn(event -> event.action().label()).setHeader("What").setAutoWidth(true).setFlexGrow(0)
                .setKey("action");
        addComponentColumn(ActivityGrid::key).setHeader("Key").setFlexGrow(2).setKey("key");
        addColumn(AuditEvent::actorLabel).setHeader("Who").setAutoWidth(true).setKey("actor");
        addComponentColumn(event -> Times.absolute(event.occurredAt())).setHeader("When").setAutoWidth(true)
                .setKey("when");
        addComponentColumn(ActivityGrid::from).setHeader("From").setAutoWidth(true).setKey("from");
        addColumn(event -> orDash(event.reason())).setHeader("Reason").setFlexGrow(2).setKey("reason");
        addColumn(event -> orDash(event.details())).setHeader("Details").setFlexGrow(2).setKey("details");
        setEmptyStateText("Nothing has happened to this account's keys yet.");
        setItems(query -> activity.activity(accountId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, activity.countActivity(accountId)));
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

    /** The client address, and below it the browser for sign-ins (both forgotten after the retention time). */
    private static Component from(AuditEvent event) {
        Div cell = new Div(new Span(orDash(event.remoteAddress())));
        if (event.userAgent() != null) {
            Span agent = new Span(event.userAgent());
            agent.addClassName("user-agent");
            cell.add(agent);
        }
        return cell;
    }

    private static String orDash(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank() ? "\u2014" : text;
    }
}
