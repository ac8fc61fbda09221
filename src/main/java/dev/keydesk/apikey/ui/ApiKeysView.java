package dev.keydesk.apikey.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
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
import dev.keydesk.base.ui.Notifications;
import dev.keydesk.recentsignin.ui.RecentSignInGuard;
import dev.keydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;

@Route("api-keys")
@PageTitle("API Keys · Keydesk")
@Menu(title = "API Keys", order = 1, icon = "vaadin:key")
@RolesAllowed(Roles.CUSTOMER)
class ApiKeysView extends VerticalLayout {

    private final ApiKeyService keys;
    private final KeyRolls rolls;
    private final KeyCosts costs;
    private final RecentSignInGuard recentSignIn;
    private final AccountSummary account;
    private final Button generate = new Button("Generate API Key", VaadinIcon.PLUS.create());
    private final Paragraph quotaText = new Paragraph();
    private final Div limitMessage = new Div();
    private final DisclosureBanner disclosures = new DisclosureBanner(this::openRoll);
    private final KeyGrid grid = new KeyGrid(false);
    private final Div emptyState = emptyState();

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
        grid.addAction(VaadinIcon.SLIDERS, "Edit", key -> true, this::openEdit, false);
        grid.addAction(VaadinIcon.REFRESH, "Roll", key -> !key.isExpired(keys.now()), this::openRoll, false);
        grid.addAction(VaadinIcon.EDIT, "Rename", key -> true, this::openRename, false);
        grid.addAction(VaadinIcon.TRASH, "Delete", key -> true, this::confirmDelete, true);

        H1 heading = new H1("API Keys");
        Paragraph intro = new Paragraph("Your programs send an API key with every request to authenticate as "
                + account.name() + ". Keep keys secret: anyone who has one can use your account.");
        intro.addClassName("page-intro");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> openGenerate());
        Div header = new Div(new Div(heading, intro), generate);
        header.addClassName("page-header");

        limitMessage.addClassName("limit-message");
        limitMessage.getElement().setAttribute("role", "status");
        quotaText.addClassName("quota");
        add(disclosures, header, limitMessage, quotaText, grid, emptyState);
        refresh();
    }

    private void refresh() {
        List<ApiKeySummary> listed = keys.listKeys(account.id());
        KeyQuota quota = keys.quota(account.id());
        grid.setKeys(listed, keys.now(), costs.last30Days(account.id()));
        disclosures.show(listed);
        grid.setVisible(!listed.isEmpty());
        emptyState.setVisible(listed.isEmpty());
        quotaText.setText(quota.active() + " of " + quota.limit() + " active keys");
        generate.setEnabled(!quota.isReached() && !account.isSuspended());
        limitMessage.setVisible(quota.isReached());
        limitMessage.setText(quota.isReached() ? KeyQuota.limitMessage(quota.limit()) : "");
    }

    private void openGenerate() {
        LocalDate todayUtc = LocalDate.ofInstant(keys.now(), ZoneOffset.UTC);
        openInView(new GenerateKeyDialog(todayUtc, request -> {
            NewApiKey created = keys.generate(account.id(), request);
            refresh();
            reveal(new RevealKeyDialog(created.key().name(), created.secret()));
        }));
    }

    private void openRoll(ApiKeySummary key) {
        openInView(new RollKeyDialog(key, grace -> recentSignIn.confirmThen(() -> {
            try {
                NewApiKey rolled = rolls.roll(key.id(), key.secretVersion(), grace);
                reveal(new RevealKeyDialog("Roll API Key", "The new secret of \u201c" + key.name() + "\u201d is "
                        + "ready. Update your integrations to use it.", rolled.secret()));
            } catch (KeyNotFoundException gone) {
                Notifications.error(gone.getMessage());
            } finally {
                refresh();
            }
        })));
    }

    private void openEdit(ApiKeySummary key) {
        openInView(new EditKeyDialog(key, (preset, access, allowedIps) -> recentSignIn.confirmThen(() -> {
            try {
                keys.changeAccess(key.id(), preset, access, allowedIps);
                Notifications.success("Key \u201c" + key.name() + "\u201d saved.");
            } catch (KeyNotFoundException gone) {
                Notifications.error(gone.getMessage());
            }
            refresh();
        })));
    }

    /** Dialogs live inside this view, so leaving the page takes them (and any secret) with it. */
    private void openInView(Dialog dialog) {
        add(dialog);
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                dialog.removeFromParent();
            }
        });
        dialog.open();
    }

    /** The reveal dialog removes itself, and the secret with it, when it closes. */
    private void reveal(RevealKeyDialog reveal) {
        add(reveal);
        reveal.open();
    }

    private void openRename(ApiKeySummary key) {
        RenameKeyDialog dialog = new RenameKeyDialog(key.name(), name -> {
            try {
                keys.rename(key.id(), name);
                Notifications.success("Key renamed.");
            } catch (KeyNotFoundException gone) {
                Notifications.error(gone.getMessage());
            }
            refresh();
        });
        dialog.open();
    }

    private void confirmDelete(ApiKeySummary key) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete API key?");
        confirm.setText("\u201c" + key.name() + "\u201d (" + key.hint() + ") will stop working immediately. "
                + "Programs that still use it will get 401 errors. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> recentSignIn.confirmThen(() -> {
            try {
                keys.delete(key.id());
                Notifications.success("Key \u201c" + key.name() + "\u201d deleted.");
            } catch (KeyNotFoundException gone) {
                Notifications.error(gone.getMessage());
            }
            refresh();
        }));
        confirm.open();
    }

    private static Div emptyState() {
        H2 title = new H2("No API keys yet");
        Paragraph text = new Paragraph("Generate a key, then send it with each request in the header ");
        text.add(new Code("Authorization: Bearer <key>"), new Span("."));
        Div empty = new Div(VaadinIcon.KEY_O.create(), title, text);
        empty.addClassName("empty-state");
        return empty;
    }
}
