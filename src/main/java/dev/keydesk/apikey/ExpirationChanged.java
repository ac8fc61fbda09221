package dev.keydesk.apikey;

import java.util.UUID;

/** Published inside the change's transaction; the reminder check runs once it has committed. */
record ExpirationChanged(UUID keyId) {
}
