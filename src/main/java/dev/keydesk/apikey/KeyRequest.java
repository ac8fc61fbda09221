package dev.keydesk.apikey;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a person asked for in the generate dialog, as typed. The service checks it field by field, so each
 * refusal names its own field (name, expiration date, permissions, addresses).
 */
public record KeyRequest(String name, Expiration expiration, @Nullable LocalDate customDate,
        KeyPermissions.Preset preset, Map<PlatformService, Access> access, @Nullable String allowedIps) {

    public KeyRequest {
        access = Map.copyOf(access);
    }

    /** A name and nothing else: no expiration, "All", any address (the generate dialog's defaults). */
    public static KeyRequest named(String name) {
        return new KeyRequest(name, Expiration.NEVER, null, KeyPermissions.Preset.ALL, Map.of(), null);
    }

    KeyPermissions permissions() {
        return new KeyPermissions(preset, access);
    }
}
