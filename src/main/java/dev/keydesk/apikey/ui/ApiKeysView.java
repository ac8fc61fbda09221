package dev.keydesk.apikey.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import dev.keydesk.account.AccountService;
import dev.keydesk.account.AccountSummary;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.KeyCosts;
import dev.keydesk.apikey.KeyNotFoundException;
import dev.keydesk.apikey.KeyQuota;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.base.ui.Notifications;
import dev.keydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;

@Route("api-keys")
@PageTitle("API Keys · Keydesk")
@Menu(title = "API Keys", order = 1, icon = "vaadin:key")
@RolesAllowed(Roles.CUSTOMER)
class ApiKeysView extends VerticalLayout {

    private final ApiKeyService keys;
    private final KeyCosts costs;
    private final AccountSummary account;
    private final Button generate = new Button("Generate API Key", VaadinIcon.PLUS.create());
    private final Paragraph quotaText = new Paragraph();
    private final Div limitMessage = new Div();
    private final DisclosureBanner disclosures = new DisclosureBanner();
    private final KeyGrid grid = new KeyGrid(this::openRename, this::confirmDelete);
    private final Div emptyState = emptyState();

    ApiKeysView(ApiKeyService keys, AccountService accounts, KeyCosts costs) {
        this.keys = keys;
        this.costs = costs;
        this.account = accounts.currentAccount();
        addClassName("page");
        setPadding(true);

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
        grid.setItems(listed, costs.last30Days(account.id()));
        disclosures.show(listed);
        grid.setVisible(!listed.isEmpty());
        emptyState.setVisible(listed.isEmpty());
        quotaText.setText(quota.active() + " of " + quota.limit() + " active keys");
        generate.setEnabled(!quota.isReached());
        limitMessage.setVisible(quota.isReached());
        limitMessage.setText(quota.isReached() ? KeyQuota.limitMessage(quota.limit()) : "");
    }

    private void openGenerate() {
        GenerateKeyDialog dialog = new GenerateKeyDialog(name -> {
            NewApiKey created = keys.generate(account.id(), name);
            refresh();
            reveal(created);
        });
        add(dialog);
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                dialog.removeFromParent();
            }
        });
        dialog.open();
    }

    /** The reveal dialog lives inside this view, so leaving the page takes the secret with it. */
    private void reveal(NewApiKey created) {
        RevealKeyDialog reveal = new RevealKeyDialog(created.key().name(), created.secret());
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
        confirm.addConfirmListener(event -> {
            try {
                keys.delete(key.id());
                Notifications.success("Key \u201c" + key.name() + "\u201d deleted.");
            } catch (KeyNotFoundException gone) {
                Notifications.error(gone.getMessage());
            }
            refresh();
        });
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
