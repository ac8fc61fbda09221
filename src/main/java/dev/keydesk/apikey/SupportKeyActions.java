package dev.keydesk.apikey;

import java.util.UUID;

import dev.keydesk.security.CurrentActor;
import dev.keydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What support staff may do to a customer's key: rename or delete it, always with a reason that
 * goes into the audit row. The name rules and the audit write are ApiKeyService's own, so a
 * support change obeys exactly what a customer's change obeys. Generating keys is deliberately
 * absent: a secret must only ever be seen by the customer. Support staff only (method security); why it
 * lives in apikey/ rather than support/: docs/design-decisions/DD005-support-key-actions-in-apikey.md.
 */
@Service
@RolesAllowed(Roles.SUPPORT)
public class SupportKeyActions {

    private final ApiKeyService keys;
    private final CurrentActor currentActor;

    SupportKeyActions(ApiKeyService keys, CurrentActor currentActor) {
        this.keys = keys;
        this.currentActor = currentActor;
    }

    @Transactional
    public ApiKeySummary renameAsSupport(UUID keyId, String newName, @Nullable String reason) {
        SupportReason why = SupportReason.of(reason);
        KeyName name = KeyName.of(newName);
        return keys.applyRename(currentActor.require(), keys.listedKey(keyId), name, why.value());
    }

    @Transactional
    public void deleteAsSupport(UUID keyId, @Nullable String reason) {
        SupportReason why = SupportReason.of(reason);
        keys.applyDelete(currentActor.require(), keys.listedKey(keyId), why.value());
    }
}
