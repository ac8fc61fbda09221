package dev.keydesk.apikey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** How key settings read in the activity log and in mails: plain words, times in UTC. */
final class KeyDescriptions {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private KeyDescriptions() {
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    static String utcOrNever(@Nullable Instant instant) {
        return instant == null ? "never" : utc(instant);
    }

    static String of(KeyPermissions permissions) {
        return permissions.preset() == KeyPermissions.Preset.RESTRICTED
                ? "Restricted: " + permissions.describe() : permissions.preset().label();
    }

    /** The activity line of a new key's settings, or null when it has the defaults. */
    static @Nullable String settings(@Nullable Instant expiresAt, KeyPermissions permissions, AllowedIps allowedIps) {
        List<String> parts = new ArrayList<>();
        if (expiresAt != null) {
            parts.add("Expires " + utc(expiresAt));
        }
        if (permissions.preset() != KeyPermissions.Preset.ALL) {
            parts.add("Permissions: " + of(permissions));
        }
        if (!allowedIps.isAny()) {
            parts.add("Allowed addresses: " + allowedIps.describe());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
