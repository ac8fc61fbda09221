package dev.keydesk.leak;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.keydesk.apikey.Disclosure;
import dev.keydesk.apikey.IssuedKey;
import dev.keydesk.apikey.KeyDeactivations;
import dev.keydesk.apikey.KeyFormat;
import dev.keydesk.apikey.KeyHasher;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import dev.keydesk.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on a verified report: every reported token that is a Keydesk key still active is
 * deactivated, with where it was found, all in one transaction with its activity-log rows.
 * Running the same report again changes nothing and answers the same.
 */
@Service
class LeakReportService {

    private final KeyDeactivations deactivations;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeakReportService(KeyDeactivations deactivations, AuditLog auditLog, ApplicationEventPublisher events,
            Clock clock) {
        this.deactivations = deactivations;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<TokenLabel> process(List<ReportedToken> report, @Nullable String remoteAddress) {
        // Format and checksum first: look-alikes and other issuers' tokens never reach the database.
        Map<String, ReportedToken> firstReportOfKey = new LinkedHashMap<>();
        for (ReportedToken reported : report) {
            if (KeyFormat.isWellFormed(reported.token())) {
                firstReportOfKey.putIfAbsent(KeyHasher.sha256Hex(reported.token()), reported);
            }
        }
        Map<String, IssuedKey> issued = deactivations.issuedByHash(firstReportOfKey.keySet());
        Actor actor = Actor.automatic(remoteAddress);
        Instant now = clock.instant();
        Map<UUID, List<KeysDeactivated.Key>> deactivatedByAccount = new LinkedHashMap<>();
        for (Map.Entry<String, ReportedToken> entry : firstReportOfKey.entrySet()) {
            IssuedKey key = issued.get(entry.getKey());
            if (key == null || !key.isActive()) {
                continue;
            }
            Disclosure disclosure = new Disclosure(entry.getValue().url(), entry.getValue().source());
            if (deactivations.deactivate(key.id(), disclosure, now)) {
                auditLog.keyEvent(actor, key.accountId(), AuditAction.KEY_DEACTIVATED, key.id(), key.name(),
                        key.hint(), disclosure.describe(), Disclosure.REASON);
                deactivatedByAccount.computeIfAbsent(key.accountId(), account -> new ArrayList<>())
                        .add(new KeysDeactivated.Key(key.name(), key.hint(), disclosure.url()));
            }
        }
        deactivatedByAccount.forEach((account, keys) -> events.publishEvent(new KeysDeactivated(account, keys)));
        return report.stream().map(reported -> label(reported, issued)).toList();
    }

    private static TokenLabel label(ReportedToken reported, Map<String, IssuedKey> issued) {
        String hash = KeyHasher.sha256Hex(reported.token());
        boolean ours = KeyFormat.isWellFormed(reported.token()) && issued.containsKey(hash);
        return new TokenLabel(hash, reported.type(), ours ? TokenLabel.TRUE_POSITIVE : TokenLabel.FALSE_POSITIVE);
    }
}
