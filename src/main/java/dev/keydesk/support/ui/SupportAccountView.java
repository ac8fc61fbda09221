package dev.keydesk.support.ui;

import java.time.Instant;
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
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed(Roles.SUPPORT)
class SupportAccountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
    private final Paragraph noKeys = new Paragraph(getTranslation("support.account.no-keys"));
    // Where focus goes after a key action removed or redrew the row that started it.
    private final H2 keysHeading = DialogFocus.focusableHeading(getTranslation("support.account.keys"));
    private UUID accountId = new UUID(0, 0);
    private String title = getTranslation("support.account.page-title.not-found");
    private @org.jspecify.annotations.Nullable Button limitButton;
    private @org.jspecify.annotations.Nullable Button suspensionButton;
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
        keyGrid.addAction(VaadinIcon.CLOCK, getTranslation("support.account.action.expiration"),
                key -> key.isActive() && !key.isExpired(keys.now()), this::openExpiration, false);
        keyGrid.addAction(VaadinIcon.EDIT, getTranslation("support.account.action.rename"), key -> true,
                this::openRename, false);
        keyGrid.addAction(VaadinIcon.TRASH, getTranslation("support.account.action.delete"), key -> true,
                this::confirmDelete, true);
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
        title = getTranslation("support.account.page-title", account.name());
        Paragraph facts = new Paragraph(getTranslation("support.account.facts",
                getTranslation("support.account.status." + account.status().toLowerCase(Locale.ROOT)),
                account.keyLimit()) + " ");
        facts.add(Times.absolute(account.createdAt()));
        facts.addClassName("page-intro");
        UnorderedList members = new UnorderedList();
        members.addClassName("member-list");
        for (AccountMember member : account.members()) {
            members.add(new ListItem(new Span(member.username()), new Span(" \u00b7 "
                    + getTranslation("support.account.role." + member.role().toLowerCase(Locale.ROOT))
                    + (member.email() == null ? "" : " \u00b7 " + member.email()))));
        }
        Paragraph keysIntro = new Paragraph(getTranslation("support.account.keys.intro"));
        keysIntro.addClassName("page-intro");
        activityGrid = new ActivityGrid(activity, account.id());
        add(backLink(), new H1(account.name()), facts, accountControls(account),
                new H2(getTranslation("support.account.members")), members,
                new SignInsSection(signIns, account.id(), this::refreshKeys, recentSignIn), keysHeading, keysIntro,
                keyGrid, noKeys, new H2(getTranslation("support.account.usage")),
                new UsagePanel(usage.lastDays(account.id(), UsageReports.MAX_DAYS)),
                new H2(getTranslation("support.account.activity")), activityGrid);
        addComponentAtIndex(indexOf(members) + 1,
                new TwoFactorResets(twoFactorResets, recentSignIn, account.id(), () -> {
                    reload(() -> null);
                    DialogFocus.focus(keysHeading);
                }));
        refreshKeys();
    }

    private Div accountControls(SupportAccount account) {
        boolean suspended = "SUSPENDED".equals(account.status());
        Button limit = new Button(getTranslation("support.account.change-limit"));
        limit.addClickListener(click -> new KeyLimitDialog(account.keyLimit(),
                (newLimit, reason) -> recentSignIn.confirmThen(() -> {
                    accountActions.changeKeyLimit(account.id(), newLimit, reason);
                    Notifications.success(getTranslation("support.account.limit-changed"));
                    reload(() -> limitButton);
                })).returningFocusTo(limit).open());
        Button suspension = new Button(getTranslation(suspended ? "support.account.reactivate"
                : "support.account.suspend"));
        suspension.addClickListener(click -> new SuspensionDialog(account.name(), !suspended,
                reason -> recentSignIn.confirmThen(() -> {
                    if (suspended) {
                        accountActions.reactivate(account.id(), reason);
                    } else {
                        accountActions.suspend(account.id(), reason);
                    }
                    Notifications.success(getTranslation(suspended ? "support.account.reactivated"
                            : "support.account.suspended"));
                    reload(() -> suspensionButton);
                })).returningFocusTo(suspension).open());
        if (!suspended) {
            suspension.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        limitButton = limit;
        suspensionButton = suspension;
        Div controls = new Div(limit, suspension);
        controls.addClassName("account-controls");
        return controls;
    }

    /** Draws the page again after an account change, and puts focus on the new copy of the button used. */
    private void reload(SerializableSupplier<@org.jspecify.annotations.Nullable Button> focusAfter) {
        removeAll();
        support.account(accountId).ifPresentOrElse(this::show, this::showNotFound);
        Button target = focusAfter.get();
        if (target != null) {
            DialogFocus.focus(target);
        }
    }

    private void openExpiration(ApiKeySummary key) {
        Instant now = keys.now();
        new SupportExpirationDialog(key, now, LocalDate.ofInstant(now, ZoneOffset.UTC),
                (expiry, date, reason) -> act(() -> {
                    actions.setExpirationAsSupport(key.id(), expiry, date, reason);
                    Notifications.success(getTranslation("support.account.expiration-set", key.name()));
                })).returningFocusTo(keysHeading).open();
    }

    private void showNotFound() {
        title = getTranslation("support.account.page-title.not-found");
        Div message = new Div(new H1(getTranslation("support.account.not-found.title")),
                new Paragraph(getTranslation("support.account.not-found.text")));
        message.addClassName("not-found");
        add(backLink(), message);
    }

    private RouterLink backLink() {
        RouterLink back = new RouterLink(getTranslation("support.account.back"), CustomerAccountsView.class);
        back.addClassName("back-link");
        back.getElement().insertChild(0, VaadinIcon.ARROW_LEFT.create().getElement());
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
            Notifications.success(getTranslation("support.account.renamed"));
        })).returningFocusTo(keysHeading).open();
    }

    private void confirmDelete(ApiKeySummary key) {
        new SupportDeleteDialog(key, reason -> act(() -> {
            actions.deleteAsSupport(key.id(), reason);
            Notifications.success(getTranslation("support.account.deleted", key.name()));
        })).returningFocusTo(keysHeading).open();
    }

    /**
     * Runs a change; a key that vanished meanwhile is reported, and the grids show the truth either way. The
     * row that started it is redrawn or gone, so focus goes to the keys' heading.
     */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (KeyNotFoundException gone) {
            Notifications.error(getTranslation("support.account.key-gone"));
        }
        refreshKeys();
        DialogFocus.focus(keysHeading);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
