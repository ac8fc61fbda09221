package dev.keydesk.operations;

import java.util.List;

/** The {@code prod} profile was started without variables it needs; names them all, never their values. */
public class MissingSettingsException extends RuntimeException {

    private final List<String> names;

    MissingSettingsException(List<String> names) {
        super("Keydesk cannot start in the prod profile: set " + String.join(", ", names));
        this.names = List.copyOf(names);
    }

    public List<String> names() {
        return names;
    }
}
