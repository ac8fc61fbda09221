package dev.keydesk.usage;

import java.util.Arrays;
import java.util.Optional;

/** What a quantity counts, by its wire name. */
public enum UsageUnit {

    TOKENS("tokens"),
    CHARACTERS("characters"),
    SECONDS("seconds"),
    REQUESTS("requests");

    private final String wireName;

    UsageUnit(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<UsageUnit> ofWireName(String name) {
        return Arrays.stream(values()).filter(unit -> unit.wireName.equals(name)).findFirst();
    }
}
