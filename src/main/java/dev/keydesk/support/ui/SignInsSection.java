package dev.keydesk.support.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import dev.keydesk.recentsignin.ui.RecentSignInGuard;
import dev.keydesk.base.ui.Times;
import dev.keydesk.base.ui.WindowWidth;
import dev.keydesk.signin.FailedSignIn;
import dev.keydesk.signin.SignInLocks;
import org.jspecify.annotations.Nullable;

/** An account's members' sign-in locks (with "Lift lock") and latest failed sign-ins, on support's account page. */
class SignInsSection extends Div {

    private final SignInLocks signIns;
    private final UUID accountId;
    private final Grid<FailedSignIn> failures = new Grid<>();
    private final LockList locks;

    SignInsSection(SignInLocks signIns, UUID accountId, SerializableRunnable afterLift, RecentSignInGuard recentSignIn) {
        this.signIns = signIns;
        this.accountId = accountId;
        Paragraph intro = new Paragraph(getTranslation("support.sign-ins.intro"));
        intro.addClassName("page-intro");
        H2 heading = DialogFocus.focusableHeading(getTranslation("support.sign-ins.title"));
        locks = new LockList(signIns, () -> signIns.accountSignIns(accountId).locks(),
                getTranslation("support.sign-ins.no-member-locked"), heading, () -> {
                    refreshFailures();
                    afterLift.run();
                }, recentSignIn);
        failures.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        failures.addClassName("failed-sign-ins");
        List<Grid.Column<FailedSignIn>> wide = List.of(
                failures.addColumn(FailedSignIn::username)
                        .setHeader(getTranslation("support.sign-ins.column.username")).setAutoWidth(true)
                        .setKey("username"),
                failures.addComponentColumn(failed -> Times.absolute(failed.at()))
                        .setHeader(getTranslation("support.sign-ins.column.when")).setAutoWidth(true).setKey("when"),
                failures.addColumn(this::result).setHeader(getTranslation("support.sign-ins.column.result"))
                        .setAutoWidth(true).setKey("result"),
                failures.addColumn(failed -> orDash(failed.clientAddress()))
                        .setHeader(getTranslation("support.sign-ins.column.from")).setAutoWidth(true).setKey("from"),
                failures.addColumn(failed -> orDash(failed.userAgent()))
                        .setHeader(getTranslation("support.sign-ins.column.browser")).setFlexGrow(2)
                        .setKey("browser"));
        // On a phone: one stacked column, so nothing needs scrolling sideways.
        Grid.Column<FailedSignIn> card = failures.addComponentColumn(this::card)
                .setHeader(getTranslation("support.sign-ins.column.username")).setKey("card");
        card.setVisible(false);
        WindowWidth.follow(failures, narrow -> {
            wide.forEach(column -> column.setVisible(!narrow));
            card.setVisible(narrow);
        });
        failures.setEmptyStateText(getTranslation("support.sign-ins.empty"));
        failures.setAllRowsVisible(true);
        add(heading, intro, locks, new H3(getTranslation("support.sign-ins.failed.title")), failures);
        refreshFailures();
    }

    private String result(FailedSignIn failed) {
        return getTranslation(failed.refused() ? "support.sign-ins.result.refused"
                : "support.sign-ins.result.wrong-password");
    }

    private Component card(FailedSignIn failed) {
        Span who = new Span(failed.username() + " \u00b7 " + result(failed));
        Span when = Times.absolute(failed.at());
        when.addClassName("cell-note");
        Span from = new Span(orDash(failed.clientAddress()) + (failed.userAgent() == null ? ""
                : " \u00b7 " + failed.userAgent()));
        from.addClassNames("cell-note", "user-agent");
        Div cell = new Div(who, when, from);
        cell.addClassName("stacked-cell");
        return cell;
    }

    private void refreshFailures() {
        failures.setItems(signIns.accountSignIns(accountId).recentFailures());
    }

    private static String orDash(@Nullable String text) {
        return text == null || text.isBlank() ? "\u2014" : text;
    }
}
