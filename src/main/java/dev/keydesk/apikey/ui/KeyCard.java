package dev.keydesk.apikey.ui;

import java.math.BigDecimal;
import java.time.Instant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.base.ui.Money;
import dev.keydesk.base.ui.Times;

/**
 * A key as one card for narrow screens: the name (wrapped, never cut), the hint and the status on the first
 * lines, then when it was last used, when it expires and its cost, then the row's buttons.
 */
final class KeyCard {

    private KeyCard() {
    }

    static Component of(ApiKeySummary key, Instant now, BigDecimal cost, Component actions) {
        Span hint = new Span(key.hint());
        hint.addClassName("key-hint");
        Div identity = new Div(KeyGrid.name(key), hint);
        identity.addClassName("key-card-identity");

        Div facts = new Div(
                fact("apikeys.column.last-used", Times.relative(key.lastUsedAt(), KeyTexts.t("apikeys.never"))),
                fact("apikeys.column.expires", new Span(key.expiresAt() == null ? KeyTexts.t("apikeys.never")
                        : KeyTexts.remaining(key.expiresAt(), now))),
                fact("apikeys.column.cost", new Span(Money.usd(cost))),
                fact("apikeys.column.permissions", new Span(KeyTexts.permissionsSummary(key.permissions()))));
        facts.addClassName("key-card-facts");

        Div card = new Div(identity, KeyStatus.of(key, now), facts, actions);
        card.addClassName("key-card");
        return card;
    }

    private static Component fact(String labelKey, Component value) {
        Span label = new Span(KeyTexts.t(labelKey) + ": ");
        label.addClassName("key-card-label");
        Span fact = new Span(label, value);
        fact.addClassName("key-card-fact");
        return fact;
    }
}
