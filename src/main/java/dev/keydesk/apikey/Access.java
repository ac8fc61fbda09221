package dev.keydesk.apikey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a key may do with one service. Write includes Read. */
public enum Access {
    NONE("None"), READ("Read"), WRITE("Write");

    private final String label;

    Access(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name in the verification API: "none", "read", "write". */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(Access requested) {
        return compareTo(requested) >= 0;
    }

    /** The access a request may ask for: "read" or "write" ("none" is no request). */
    public static Optional<Access> requestable(String apiName) {
        return Arrays.stream(values()).filter(access -> access != NONE && access.apiName().equals(apiName))
                .findFirst();
    }
}
