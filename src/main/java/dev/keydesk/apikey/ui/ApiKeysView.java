package dev.keydesk.apikey.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.keydesk.KeydeskProperties;
import dev.keydesk.account.AccountService;
import dev.keydesk.account.AccountSummary;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.KeyCosts;
import dev.keydesk.apikey.KeyNotFoundException;
import dev.keydesk.apikey.KeyQuota;
import dev.keydesk.apikey.KeyRolls;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.base.ui.DestructiveConfirmDialog;
import dev.keydesk.base.ui.Notifications;
import dev.keydesk.recentsignin.ui.RecentSignInGuard;
import dev.keydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

@Route("api-keys")
@Menu(title = "API Keys", order = 1, icon = "vaadin:key")
@RolesAllowed(Roles.CUSTOMER)
class ApiKeysView extends VerticalLayout implements HasDynamicTitle {

    /** Below this window width the grid shows one card per key. */
    static final int COMPACT_BELOW_PX = 1024;
    // The row buttons in the order they are added: focus returns to them by index.
    static final int EDIT = 0;
    static final int ROLL = 1;
    static final int RENAME = 2;
    static final int DELETE = 3;

    private final ApiKeyService keys;
    private final KeyRolls rolls;
    private final KeyCosts costs;
    private final RecentSignInGuard recentSignIn;
    private final AccountSummary account;
    private final Button generate = new Button(getTranslation("apikeys.generate"), VaadinIcon.PLUS.create());
    private final Paragraph quotaText = new Paragraph();
    private final Div limitMessage = new Div();
    private final DisclosureBanner disclosures = new DisclosureBanner(this::openRoll);
    private final KeyGrid grid = new KeyGrid(false);
    private final Div emptyState = emptyState();
    private @Nullable Registration resizeListener;

    ApiKeysView(ApiKeyService keys, KeyRolls rolls, AccountService accounts, KeydeskProperties properties,
            KeyCosts costs, RecentSignInGuard recentSignIn) {
        this.recentSignIn = recentSignIn;
        this.keys = keys;
        this.rolls = rolls;
        this.costs = costs;
        this.account = accounts.currentAccount();
        addClassName("page");
        setPadding(true);
        if (account.isSuspended()) {
            add(new SuspendedBanner(properties.supportContact()));
        }
        grid.addLabelledAction(VaadinIcon.SLIDERS, key -> getTranslation("apikeys.action.edit", key.name()),
                key -> true, this::openEdit, false);
        grid.addLabelledAction(VaadinIcon.REFRESH, key -> getTranslation("apikeys.action.roll", key.name()),
                key -> !key.isExpired(keys.now()), this::openRoll, false);
        grid.addLabelledAction(VaadinIcon.EDIT, key -> getTranslation("apikeys.action.rename", key.name()),
                key -> true, this::openRename, false);
        grid.addLabelledAction(VaadinIcon.TRASH, key -> getTranslation("apikeys.action.delete", key.name()),
                key -> true, this::confirmDelete, true);

        H1 heading = new H1(getTranslation("apikeys.title"));
        Paragraph intro = new Paragraph(getTranslation("apikeys.intro", account.name()));
        intro.addClassName("page-intro");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> openGenerate());
        Div header = new Div(new Div(heading, intro), generate);
        header.addClassName("page-header");

        limitMessage.addClassName("limit-message");
        limitMessage.getElement().setAttribute("role", "status");
        quotaText.addClassName("quota");
        add(disclosures, header, limitMessage, quotaText, grid, grid.keyboardHint(), emptyState);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.page-title", getTranslation("apikeys.title"));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var page = attach.getUI().getPage();
        var details = page.getExtendedClientDetails();
        if (details != null) {
            layoutFor(details.getWindowInnerWidth());
        }
        resizeListener = page.addBrowserWindowResizeListener(resize -> layoutFor(resize.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (resizeListener != null) {
            resizeListener.remove();
            resizeListener = null;
        }
    }

    /** Cards on phones and narrow windows; a width of 0 means the browser has not told it yet. */
    void layoutFor(int windowWidth) {
        grid.setCompact(windowWidth > 0 && windowWidth < COMPACT_BELOW_PX);
    }

    private void refresh() {
        List<ApiKeySummary> listed = keys.listKeys(account.id());
        KeyQuota quota = keys.quota(account.id());
        grid.setKeys(listed, keys.now(), costs.last30Days(account.id()));
        disclosures.show(listed);
        grid.setVisible(!listed.isEmpty());
        emptyState.setVisible(listed.isEmpty());
        quotaText.setText(getTranslation("apikeys.quota", quota.active(), quota.limit()));
        generate.setEnabled(!quota.isReached() && !account.isSuspended());
        limitMessage.setVisible(quota.isReached());
        limitMessage.setText(quota.isReached() ? getTranslation("apikeys.error.limit", quota.limit()) : "");
    }

    private void openGenerate() {
        LocalDate todayUtc = LocalDate.ofInstant(keys.now(), ZoneOffset.UTC);
        openInView(new GenerateKeyDialog(todayUtc, request -> {
            NewApiKey created = keys.generate(account.id(), request);
            refresh();
            reveal(new RevealKeyDialog(getTranslation("apikeys.reveal.title"),
                    getTranslation("apikeys.reveal.created", created.key().name()), created.secret(),
                    this::focusAfterGenerate));
        }), this::focusAfterGenerate);
    }

    private void openRoll(ApiKeySummary key) {
        SerializableRunnable back = () -> focusRow(key, ROLL);
        openInView(new RollKeyDialog(key, grace -> recentSignIn.confirmThen(() -> {
            try {
                NewApiKey rolled = rolls.roll(key.id(), key.secretVersion(), grace);
                reveal(new RevealKeyDialog(getTranslation("apikeys.reveal.title"),
                        getTranslation("apikeys.reveal.rolled", key.name()), rolled.secret(), back));
            } catch (KeyNotFoundException gone) {
                Notifications.error(KeyTexts.error(gone));
            } finally {
                refresh();
            }
        })), back);
    }

    private void openEdit(ApiKeySummary key) {
        openInView(new EditKeyDialog(key, (preset, access, allowedIps) -> recentSignIn.confirmThen(() -> {
            try {
                keys.changeAccess(key.id(), preset, access, allowedIps);
                Notifications.success(getTranslation("apikeys.edit.saved", key.name()));
            } catch (KeyNotFoundException gone) {
                Notifications.error(KeyTexts.error(gone));
            }
            refresh();
        })), () -> focusRow(key, EDIT));
    }

    private void openRename(ApiKeySummary key) {
        openInView(new RenameKeyDialog(key.name(), name -> {
            try {
                keys.rename(key.id(), name);
                Notifications.success(getTranslation("apikeys.rename.saved"));
            } catch (KeyNotFoundException gone) {
                Notifications.error(KeyTexts.error(gone));
            }
            refresh();
        }), () -> focusRow(key, RENAME));
    }

    private void confirmDelete(ApiKeySummary key) {
        DestructiveConfirmDialog confirm = new DestructiveConfirmDialog(getTranslation("apikeys.delete.title"),
                getTranslation("apikeys.delete.text", key.name(), key.hint()), getTranslation("apikeys.cancel"),
                getTranslation("apikeys.delete.confirm"), () -> recentSignIn.confirmThen(() -> {
                    try {
                        keys.delete(key.id());
                        Notifications.success(getTranslation("apikeys.delete.done", key.name()));
                    } catch (KeyNotFoundException gone) {
                        Notifications.error(KeyTexts.error(gone));
                    }
                    refresh();
                    focusAfterDelete();
                }));
        confirm.addCancelListener(cancelled -> focusRow(key, DELETE));
        // Not added to the view: the browser closes a ConfirmDialog before its "confirm" event reaches the server,
        // and a dialog removed on close would drop that event (ApiKeyLifecycleIT). Opened on its own, Vaadin
        // attaches it to the UI and detaches it after the event.
        confirm.open();
    }

    /**
     * Dialogs live inside this view, so leaving the page takes them (and any secret) with it. When one
     * closes, focus goes back to its trigger, which a refresh of the grid may have drawn anew.
     */
    private void openInView(Dialog dialog, SerializableRunnable focusBack) {
        add(dialog);
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                dialog.removeFromParent();
                if (!(dialog instanceof RevealsKey next && next.isRevealing())) {
                    focusBack.run();
                }
            }
        });
        dialog.open();
    }

    /** The reveal dialog removes itself, and the secret with it, when it closes. */
    private void reveal(RevealKeyDialog reveal) {
        add(reveal);
        reveal.open();
    }

    private void focusRow(ApiKeySummary key, int action) {
        grid.focusAction(key.id(), action);
    }

    /** Back to "Generate API Key", or to the new key's row when that key used the last free slot. */
    private void focusAfterGenerate() {
        List<ApiKeySummary> listed = grid.getListDataView().getItems().toList();
        if (generate.isEnabled() || listed.isEmpty()) {
            generate.focus();
        } else {
            grid.focusAction(listed.getFirst().id(), EDIT);
        }
    }

    /**
     * The deleted row's buttons are gone: "Generate API Key" (a delete frees a slot, so it is enabled unless the
     * account is suspended), else the first remaining key's first button.
     */
    private void focusAfterDelete() {
        List<ApiKeySummary> listed = grid.getListDataView().getItems().toList();
        if (generate.isEnabled() || listed.isEmpty()) {
            generate.focus();
        } else {
            grid.focusAction(listed.getFirst().id(), EDIT);
        }
    }

    private Div emptyState() {
        H2 title = new H2(getTranslation("apikeys.empty.title"));
        Paragraph text = new Paragraph(getTranslation("apikeys.empty.text") + " ");
        text.add(new Code("Authorization: Bearer <key>"), new Span("."));
        Div empty = new Div(VaadinIcon.KEY_O.create(), title, text);
        empty.addClassName("empty-state");
        return empty;
    }
}
