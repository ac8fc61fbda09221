package dev.keydesk.apikey.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;
import dev.keydesk.apikey.Access;
import dev.keydesk.apikey.AllowedIps;
import dev.keydesk.apikey.Expiration;
import dev.keydesk.apikey.KeyPermissions;
import dev.keydesk.apikey.KeyPermissions.Preset;
import dev.keydesk.apikey.KeyRuleException;
import dev.keydesk.apikey.PlatformService;
import dev.keydesk.apikey.RollGrace;

/**
 * The key feature's words in the reader's language (section "API keys" of the translation files). The
 * domain's enums and refusals keep English labels and messages for logs and the API; pages show these.
 * Shared with the support console, which lists and changes the same keys.
 */
public final class KeyTexts {

    private KeyTexts() {
    }

    /** The translation of {@code key} in the current UI's language. */
    static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }

    /** A refused key rule (name, limit, expiration, addresses, roll, gone) as the field's or toast's message. */
    public static String error(KeyRuleException refused) {
        return t("apikeys.error." + refused.code(), refused.arguments());
    }

    public static String expiration(Expiration choice) {
        return t("apikeys.expiration." + slug(choice));
    }

    public static String grace(RollGrace grace) {
        return t("apikeys.roll.grace." + slug(grace));
    }

    public static String service(PlatformService service) {
        return t("apikeys.service." + slug(service));
    }

    public static String access(Access access) {
        return t("apikeys.access." + slug(access));
    }

    public static String preset(Preset preset) {
        return t("apikeys.permissions." + slug(preset));
    }

    /** The grid's short form: "All", "Read only", or "Restricted (2 of 4)". */
    public static String permissionsSummary(KeyPermissions permissions) {
        if (permissions.preset() != Preset.RESTRICTED) {
            return preset(permissions.preset());
        }
        long granted = Arrays.stream(PlatformService.values())
                .filter(service -> permissions.of(service) != Access.NONE).count();
        return t("apikeys.permissions.restricted-count", granted, PlatformService.values().length);
    }

    /** Every service with its access, and the allowed addresses: the permissions cell's tooltip. */
    public static String accessDetails(KeyPermissions permissions, AllowedIps allowedIps) {
        String services = Arrays.stream(PlatformService.values())
                .map(service -> service(service) + ": " + access(permissions.of(service)))
                .collect(Collectors.joining(", "));
        String addresses = allowedIps.isAny() ? t("apikeys.ips.any") : String.join(", ", allowedIps.entries());
        return t("apikeys.permissions.details", services, addresses);
    }

    /** "in 5 days", "in 3 hours", "in 10 minutes" or "Expired", counted down to the expiry. */
    public static String remaining(Instant expiresAt, Instant now) {
        Duration left = Duration.between(now, expiresAt);
        if (left.isNegative() || left.isZero()) {
            return t("apikeys.status.expired");
        }
        if (left.toDays() >= 1) {
            return counted("apikeys.expires.in-day", "apikeys.expires.in-days", left.toDays());
        }
        if (left.toHours() >= 1) {
            return counted("apikeys.expires.in-hour", "apikeys.expires.in-hours", left.toHours());
        }
        return counted("apikeys.expires.in-minute", "apikeys.expires.in-minutes", Math.max(1, left.toMinutes()));
    }

    /** One key for exactly one, another (with the number) for more; both languages need no more forms. */
    static String counted(String oneKey, String manyKey, long count) {
        return count == 1 ? t(oneKey) : t(manyKey, count);
    }

    private static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
