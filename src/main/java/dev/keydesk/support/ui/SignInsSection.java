package dev.keydesk.support.ui;

import java.util.UUID;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import dev.keydesk.recentsignin.ui.RecentSignInGuard;
import dev.keydesk.base.ui.Times;
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
        Paragraph intro = new Paragraph("After too many failed attempts a username is locked for a while. "
                + "Lift a lock only for its verified owner; the reason goes into the activity log.");
        intro.addClassName("page-intro");
        locks = new LockList(signIns, () -> signIns.accountSignIns(accountId).locks(),
                "No member is locked out.", () -> {
                    refreshFailures();
                    afterLift.run();
                }, recentSignIn);
        failures.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        failures.addClassName("failed-sign-ins");
        failures.addColumn(FailedSignIn::username).setHeader("Username").setAutoWidth(true).setKey("username");
        failures.addComponentColumn(failed -> Times.absolute(failed.at())).setHeader("When").setAutoWidth(true)
                .setKey("when");
        failures.addColumn(failed -> failed.refused() ? "Refused (locked)" : "Wrong password").setHeader("Result")
                .setAutoWidth(true).setKey("result");
        failures.addColumn(failed -> orDash(failed.clientAddress())).setHeader("From").setAutoWidth(true)
                .setKey("from");
        failures.addColumn(failed -> orDash(failed.userAgent())).setHeader("Browser").setFlexGrow(2)
                .setKey("browser");
        failures.setEmptyStateText("No failed sign-ins.");
        failures.setAllRowsVisible(true);
        add(new H2("Sign-ins"), intro, locks, new H2("Recent failed sign-ins"), failures);
        refreshFailures();
    }

    private void refreshFailures() {
        failures.setItems(signIns.accountSignIns(accountId).recentFailures());
    }

    private static String orDash(@Nullable String text) {
        return text == null || text.isBlank() ? "\u2014" : text;
    }
}
