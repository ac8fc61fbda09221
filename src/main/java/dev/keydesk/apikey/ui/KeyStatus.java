package dev.keydesk.apikey.ui;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.keydesk.apikey.ApiKeySummary;

/**
 * A key's status at a glance: a badge with an icon and a word (never colour alone): "Active", "Expired",
 * "Deactivated", and beside "Active" an "Expiring" badge in the last days before the expiry (when the
 * reminder emails go out).
 */
final class KeyStatus {

    static final Duration EXPIRING_SOON = Duration.ofDays(7);

    private KeyStatus() {
    }

    static Component of(ApiKeySummary key, Instant now) {
        Badge state = switch (key.state(now)) {
            case ACTIVE -> badge("apikeys.status.active", VaadinIcon.CHECK_CIRCLE, BadgeVariant.SUCCESS);
            case EXPIRED -> badge("apikeys.status.expired", VaadinIcon.HOURGLASS_END, BadgeVariant.WARNING);
            case DEACTIVATED -> badge("apikeys.status.deactivated", VaadinIcon.BAN, BadgeVariant.ERROR);
        };
        Div cell = new Div(state);
        cell.addClassName("key-status");
        if (isExpiringSoon(key, now)) {
            cell.add(badge("apikeys.status.expiring", VaadinIcon.CLOCK, BadgeVariant.WARNING));
        }
        return cell;
    }

    static boolean isExpiringSoon(ApiKeySummary key, Instant now) {
        return key.isActive() && key.expiresAt() != null && !key.isExpired(now)
                && Duration.between(now, key.expiresAt()).compareTo(EXPIRING_SOON) <= 0;
    }

    private static Badge badge(String textKey, VaadinIcon icon, BadgeVariant variant) {
        Badge badge = new Badge(KeyTexts.t(textKey), icon.create());
        badge.addThemeVariants(variant);
        return badge;
    }
}
