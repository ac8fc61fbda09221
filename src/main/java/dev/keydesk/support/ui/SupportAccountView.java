package dev.keydesk.support.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.keydesk.recentsignin.ui.RecentSignInGuard;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.KeyNotFoundException;
import dev.keydesk.apikey.SupportKeyActions;
import dev.keydesk.apikey.ui.KeyGrid;
import dev.keydesk.audit.ActivityService;
import dev.keydesk.audit.ui.ActivityGrid;
import dev.keydesk.base.ui.Notifications;
import dev.keydesk.base.ui.Times;
import dev.keydesk.security.Roles;
import dev.keydesk.signin.SignInLocks;
import dev.keydesk.support.AccountMember;
import dev.keydesk.support.SupportAccount;
import dev.keydesk.support.SupportAccountActions;
import dev.keydesk.support.SupportService;
import dev.keydesk.support.SupportTwoFactorReset;
import dev.keydesk.usage.UsageReports;
import dev.keydesk.usage.ui.UsagePanel;
import jakarta.annotation.security.RolesAllowed;

/** One customer account for support staff: members, keys (metadata only) and activity. */
@Route("support/accounts/:accountId")
@PageTitle("Customer account · Keydesk")
@RolesAllowed(Roles.SUPPORT)
class SupportAccountView extends VerticalLayout implements BeforeEnterObserver {

    static final String NOT_FOUND = "There is no customer account with this address. It may have been typed "
            + "wrongly; find the account by searching instead.";

    private final SupportService support;
    private final ApiKeyService keys;
    private final SupportKeyActions actions;
    private final ActivityService activity;
    private final SupportAccountActions accountActions;
    private final SignInLocks signIns;
    private final UsageReports usage;
    private final RecentSignInGuard recentSignIn;
    private final SupportTwoFactorReset twoFactorResets;
    private final KeyGrid keyGrid = new KeyGrid(true);
    private final Paragraph noKeys = new Paragraph("This account has no API keys.");
    private UUID accountId = new UUID(0, 0);
    private @org.jspecify.annotations.Nullable ActivityGrid activityGrid;

    SupportAccountView(SupportService support, ApiKeyService keys, SupportKeyActions actions,
            SupportAccountActions accountActions, ActivityService activity, SignInLocks signIns,
            UsageReports usage, RecentSignInGuard recentSignIn, SupportTwoFactorReset twoFactorResets) {
        this.recentSignIn = recentSignIn;
        this.twoFactorResets = twoFactorResets;
        this.support = support;
        this.signIns = signIns;
        this.usage = usage;
        this.keys = keys;
        this.actions = actions;
        this.accountActions = accountActions;
        this.activity = activity;
        addClassName("page");
        keyGrid.addAction(VaadinIcon.CLOCK, "Set expiration", key -> key.isActive() && !key.isExpired(keys.now()),
                this::openExpiration, false);
        keyGrid.addAction(VaadinIcon.EDIT, "Rename", key -> true, this::openRename, false);
        keyGrid.addAction(VaadinIcon.TRASH, "Delete", key -> true, this::confirmDelete, true);
    }

    static RouteParameters parameters(UUID accountId) {
        return new RouteParameters("accountId", accountId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<SupportAccount> account = event.getRouteParameters().get("accountId")
                .flatMap(SupportAccountView::uuid)
                .flatMap(support::account);
        account.ifPresentOrElse(this::show, this::showNotFound);
    }

    private void show(SupportAccount account) {
        accountId = account.id();
        Paragraph facts = new Paragraph("Status " + account.status().toLowerCase(Locale.ROOT) + " \u00b7 limit of "
                + account.keyLimit() + " active keys \u00b7 created ");
        facts.add(Times.absolute(account.createdAt()));
        facts.addClassName("page-intro");
        UnorderedList members = new UnorderedList();
        members.addClassName("member-list");
        for (AccountMember member : account.members()) {
            members.add(new ListItem(new Span(member.username()), new Span(" \u00b7 " + member.role().toLowerCase(Locale.ROOT)
                    + (member.email() == null ? "" : " \u00b7 " + member.email()))));
        }
        Paragraph keysIntro = new Paragraph("Support can rename or delete a key, or bring its expiration forward, "
                + "with a reason that the customer sees in their activity log. Only customers can generate or roll "
                + "keys. Hover over a key's permissions to see them in full, with its allowed addresses.");
        keysIntro.addClassName("page-intro");
        activityGrid = new ActivityGrid(activity, account.id());
        add(backLink(), new H1(account.name()), facts, accountControls(account), new H2("Members"), members,
                new SignInsSection(signIns, account.id(), this::refreshKeys, recentSignIn), new H2("API keys"), keysIntro,
                keyGrid, noKeys, new H2("Usage"), new UsagePanel(usage.lastDays(account.id(), UsageReports.MAX_DAYS)),
                new H2("Activity"), activityGrid);
        addComponentAtIndex(indexOf(members) + 1,
                new TwoFactorResets(twoFactorResets, recentSignIn, account.id(), this::reload));
        refreshKeys();
    }

    private Div accountControls(SupportAccount account) {
        boolean suspended = "SUSPENDED".equals(account.status());
        Button limit = new Button("Change key limit", click -> new KeyLimitDialog(account.keyLimit(),
                (newLimit, reason) -> recentSignIn.confirmThen(() -> {
                    accountActions.changeKeyLimit(account.id(), newLimit, reason);
                    Notifications.success("Key limit changed.");
                    reload();
                })).open());
        Button suspension = new Button(suspended ? "Reactivate account" : "Suspend account",
                click -> new SuspensionDialog(account.name(), !suspended, reason -> recentSignIn.confirmThen(() -> {
                    if (suspended) {
                        accountActions.reactivate(account.id(), reason);
                    } else {
                        accountActions.suspend(account.id(), reason);
                    }
                    Notifications.success(suspended ? "Account reactivated." : "Account suspended.");
                    reload();
                })).open());
        if (!suspended) {
            suspension.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Div controls = new Div(limit, suspension);
        controls.addClassName("account-controls");
        return controls;
    }

    private void reload() {
        removeAll();
        support.account(accountId).ifPresentOrElse(this::show, this::showNotFound);
    }

    private void openExpiration(ApiKeySummary key) {
        new SupportExpirationDialog(key, LocalDate.ofInstant(keys.now(), ZoneOffset.UTC),
                (expiry, date, reason) -> act(() -> {
                    actions.setExpirationAsSupport(key.id(), expiry, date, reason);
                    Notifications.success("Expiration of \u201c" + key.name() + "\u201d set.");
                })).open();
    }

    private void showNotFound() {
        Div message = new Div(new H1("Account not found"), new Paragraph(NOT_FOUND));
        message.addClassName("not-found");
        add(backLink(), message);
    }

    private static RouterLink backLink() {
        RouterLink back = new RouterLink("\u2190 Customer accounts", CustomerAccountsView.class);
        back.addClassName("back-link");
        return back;
    }

    private void refreshKeys() {
        List<ApiKeySummary> listed = keys.listKeys(accountId);
        keyGrid.setKeys(listed, keys.now(), usage.last30Days(accountId));
        keyGrid.setVisible(!listed.isEmpty());
        noKeys.setVisible(listed.isEmpty());
        if (activityGrid != null) {
            activityGrid.getDataProvider().refreshAll();
        }
    }

    private void openRename(ApiKeySummary key) {
        new SupportRenameDialog(key, (name, reason) -> act(() -> {
            actions.renameAsSupport(key.id(), name, reason);
            Notifications.success("Key renamed.");
        })).open();
    }

    private void confirmDelete(ApiKeySummary key) {
        new SupportDeleteDialog(key, reason -> act(() -> {
            actions.deleteAsSupport(key.id(), reason);
            Notifications.success("Key \u201c" + key.name() + "\u201d deleted.");
        })).open();
    }

    /** Runs a change; a key that vanished meanwhile is reported, and the grids show the truth either way. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (KeyNotFoundException gone) {
            Notifications.error(gone.getMessage());
        }
        refreshKeys();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
