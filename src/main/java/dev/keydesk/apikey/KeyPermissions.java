package dev.keydesk.apikey;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What a key may do: "All" (every service, also those added later, with no need to name one),
 * "Read only" (Read on every service) or "Restricted" (None, Read or Write per service). Every key
 * that is not "All" fails closed: a request must name the service and access it wants.
 */
public record KeyPermissions(Preset preset, Map<PlatformService, Access> access) {

    public enum Preset {
        ALL("All"), READ_ONLY("Read only"), RESTRICTED("Restricted");

        private final String label;

        Preset(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public KeyPermissions {
        EnumMap<PlatformService, Access> complete = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            Access given = access.get(service);
            complete.put(service, switch (preset) {
                case ALL -> Access.WRITE;
                case READ_ONLY -> Access.READ;
                case RESTRICTED -> given == null ? Access.NONE : given;
            });
        }
        access = Map.copyOf(complete);
    }

    public static KeyPermissions all() {
        return new KeyPermissions(Preset.ALL, Map.of());
    }

    public static KeyPermissions readOnly() {
        return new KeyPermissions(Preset.READ_ONLY, Map.of());
    }

    public static KeyPermissions restricted(Map<PlatformService, Access> access) {
        return new KeyPermissions(Preset.RESTRICTED, access);
    }

    public Access of(PlatformService service) {
        return access.get(service);
    }

    /**
     * The verification rule: "All" allows everything; any other key only what the request names and the
     * key grants. Naming nothing is refused, so a restricted key never passes by omission.
     */
    public boolean allows(@Nullable PlatformService service, @Nullable Access requested) {
        if (preset == Preset.ALL) {
            return true;
        }
        return service != null && requested != null && requested != Access.NONE && of(service).includes(requested);
    }

    /** The customer API's rule: Read (or Write) on at least one service. */
    public boolean allowsAny(Access requested) {
        return preset == Preset.ALL || access.values().stream().anyMatch(granted -> granted.includes(requested));
    }

    /** Every service with its access, by API name, in the services' order (the verify answer). */
    public Map<String, String> byApiName() {
        Map<String, String> names = new LinkedHashMap<>();
        for (PlatformService service : PlatformService.values()) {
            names.put(service.apiName(), of(service).apiName());
        }
        return names;
    }

    /** The grid's short form: "All", "Read only", or "Restricted (2 of 4)". */
    public String summary() {
        if (preset != Preset.RESTRICTED) {
            return preset.label();
        }
        long granted = access.values().stream().filter(value -> value != Access.NONE).count();
        return preset.label() + " (" + granted + " of " + PlatformService.values().length + ")";
    }

    /** The full set, e.g. "Text generation: Write, Text-to-speech: None, …". */
    public String describe() {
        return Arrays.stream(PlatformService.values())
                .map(service -> service.label() + ": " + of(service).label())
                .collect(Collectors.joining(", "));
    }
}
