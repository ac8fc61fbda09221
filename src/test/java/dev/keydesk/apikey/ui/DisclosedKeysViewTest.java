package dev.keydesk.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import dev.keydesk.account.AccountService;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.Disclosure;
import dev.keydesk.apikey.KeyDeactivations;
import dev.keydesk.base.replica.SynchronousCommit;
import dev.keydesk.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** What the owner sees once Keydesk deactivated a key found in public. */
class DisclosedKeysViewTest extends BrowserlessTestBase {

    @Autowired
    ApiKeyService keys;
    @Autowired
    AccountService accounts;
    @Autowired
    KeyDeactivations deactivations;

    @Autowired
    SynchronousCommit synchronousCommit;
    @Autowired
    TransactionTemplate transaction;

    @Test
    @WithUserDetails("customer")
    void a_deactivated_key_shows_a_badge_and_a_safe_link_to_where_it_was_found() {
        String name = "Leaked " + UUID.randomUUID();
        deactivate(name, "https://github.com/acme/app/blob/main/.env");
        navigate(ApiKeysView.class);

        GridTester<Grid<ApiKeySummary>, ApiKeySummary> grid = test((Grid<ApiKeySummary>) find(KeyGrid.class).single());
        int row = rowOf(grid, name);
        assertThat(find(Badge.class, grid.getCellComponent(row, "status")).single().getText()).isEqualTo("Deactivated");
        Component nameCell = grid.getCellComponent(row, "name");
        assertThat(nameCell.getElement().getTextRecursively())
                .isEqualTo(name + "Found publicly at https://github.com/acme/app/blob/main/.env");
        Anchor link = nameCell.getElement().getChild(1).getChild(1).getComponent()
                .map(Anchor.class::cast).orElseThrow();
        assertThat(link.getHref()).isEqualTo("https://github.com/acme/app/blob/main/.env");
        assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
    }

    @Test
    @WithUserDetails("customer")
    void a_url_that_is_not_http_is_shown_as_text_never_as_a_link() {
        String name = "Leaked " + UUID.randomUUID();
        deactivate(name, "javascript:alert(document.cookie)");
        navigate(ApiKeysView.class);

        GridTester<Grid<ApiKeySummary>, ApiKeySummary> grid = test((Grid<ApiKeySummary>) find(KeyGrid.class).single());
        Component nameCell = grid.getCellComponent(rowOf(grid, name), "name");
        assertThat(nameCell.getElement().getTextRecursively()).endsWith("Found publicly at javascript:alert(document.cookie)");
        assertThat(nameCell.getElement().getChild(1).getChild(1).getTag()).isEqualTo("span");
        assertThat(find(Anchor.class).all()).noneMatch(anchor -> anchor.getHref().startsWith("javascript"));
    }

    @Test
    @WithUserDetails("customer")
    void the_banner_lists_deactivated_keys_and_says_what_to_do_until_they_are_deleted() {
        String name = "Leaked " + UUID.randomUUID();
        UUID keyId = deactivate(name, "https://gist.github.com/x/1");
        navigate(ApiKeysView.class);

        DisclosureBanner banner = find(DisclosureBanner.class).single();
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(find(H2.class).withText("Keys found publicly were deactivated").single()).isNotNull();
        assertThat(find(ListItem.class, banner).all()).extracting(item -> item.getElement().getTextRecursively())
                .anyMatch(text -> text.startsWith(name + " (kd_\u2026") && text.contains("https://gist.github.com/x/1"))
                .contains("Roll the key: it gets a new secret and keeps its name and settings (or generate a new key "
                        + "and delete this one).", "Update your integration to use the new secret.",
                        "Remove the old secret from wherever it was published.");

        keys.delete(keyId);
        navigate(ApiKeysView.class);
        assertThat(find(DisclosureBanner.class).single().getElement().getTextRecursively()).doesNotContain(name);
    }

    @Test
    @WithUserDetails("customer")
    void active_keys_show_an_active_badge_and_no_banner_entry() {
        String name = "Live " + UUID.randomUUID();
        keys.generate(accounts.currentAccount().id(), name);
        navigate(ApiKeysView.class);

        GridTester<Grid<ApiKeySummary>, ApiKeySummary> grid = test((Grid<ApiKeySummary>) find(KeyGrid.class).single());
        int row = rowOf(grid, name);
        assertThat(find(Badge.class, grid.getCellComponent(row, "status")).single().getText()).isEqualTo("Active");
        assertThat(grid.getCellComponent(row, "name").getElement().getTextRecursively()).isEqualTo(name);
        assertThat(find(DisclosureBanner.class).single().getElement().getTextRecursively()).doesNotContain(name);
    }

    @Test
    @WithUserDetails("customer")
    void the_banner_rolls_a_leaked_key_now_only_and_the_key_is_active_again() {
        String name = "Leaked " + UUID.randomUUID();
        UUID keyId = deactivate(name, "https://gist.github.com/x/2");
        navigate(ApiKeysView.class);

        test(find(Button.class, find(DisclosureBanner.class).single()).withAriaLabel("Roll " + name + " now").single())
                .click();
        Select<?> grace = find(Select.class).withCondition(select -> "Old key expires".equals(select.getLabel())).single();
        assertThat(grace.getListDataView().getItems().map(Object::toString)).containsExactly("NOW");
        test(find(Button.class).withText("Roll key").single()).click();
        test(find(Button.class).withText("Done").single()).click();

        assertThat(keys.listKeys(accounts.currentAccount().id())).filteredOn(key -> key.id().equals(keyId))
                .singleElement().satisfies(key -> assertThat(key.isActive()).isTrue());
        assertThat(find(DisclosureBanner.class).single().getElement().getTextRecursively()).doesNotContain(name);
        keys.delete(keyId);
    }

    private UUID deactivate(String name, String url) {
        UUID keyId = keys.generate(accounts.currentAccount().id(), name).key().id();
        transaction.executeWithoutResult(status -> {
            synchronousCommit.remoteApply();
            deactivations.deactivate(List.of(new KeyDeactivations.Deactivation(keyId, new Disclosure(url, "commit"))),
                    Instant.now());
        });
        return keyId;
    }

    private static int rowOf(GridTester<Grid<ApiKeySummary>, ApiKeySummary> grid, String name) {
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).name().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + name);
    }
}
