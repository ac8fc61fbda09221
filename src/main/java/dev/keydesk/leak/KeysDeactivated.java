package dev.keydesk.leak;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Published inside the report's transaction; acted on (mail) only once that transaction commits. */
record KeysDeactivated(UUID accountId, List<Key> keys) {

    /** What a member may be told: name, masked hint, where it was found. Never the key. */
    record Key(String name, String hint, @Nullable String url) {
    }
}
