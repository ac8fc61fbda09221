package dev.keydesk.usage;

import java.util.Arrays;
import java.util.Optional;

/** What a quantity counts, by its wire name. */
public enum UsageUnit {

    TOKENS("tokens"),
    CHARACTERS("characters"),
    SECONDS("seconds"),
    REQUESTS("requests");

    private final String apiName;

    UsageUnit(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<UsageUnit> fromApiName(String name) {
        return Arrays.stream(values()).filter(unit -> unit.apiName.equals(name)).findFirst();
    }
}
