package dev.keydesk.leak;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.keydesk.apikey.Disclosure;
import dev.keydesk.apikey.IssuedKey;
import dev.keydesk.apikey.KeyDeactivations;
import dev.keydesk.apikey.KeyDeactivations.Deactivation;
import dev.keydesk.apikey.KeyFormat;
import dev.keydesk.apikey.KeyHasher;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import dev.keydesk.base.replica.SynchronousCommit;
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
    private final SynchronousCommit synchronousCommit;
    private final Clock clock;

    LeakReportService(KeyDeactivations deactivations, AuditLog auditLog, ApplicationEventPublisher events,
            SynchronousCommit synchronousCommit, Clock clock) {
        this.synchronousCommit = synchronousCommit;
        this.deactivations = deactivations;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<TokenLabel> process(List<ReportedToken> report, @Nullable String remoteAddress) {
        synchronousCommit.remoteApply();
        List<String> hashes = report.stream().map(reported -> KeyHasher.sha256Hex(reported.token())).toList();
        Map<String, ReportedToken> keydeskTokens = keydeskTokensByHash(report, hashes);
        Map<String, IssuedKey> issued = deactivations.issuedByHash(keydeskTokens.keySet());
        Map<UUID, IssuedKey> active = new LinkedHashMap<>();
        List<Deactivation> toDeactivate = new ArrayList<>();
        keydeskTokens.forEach((hash, reported) -> {
            IssuedKey key = issued.get(hash);
            if (key != null && key.isActive()) {
                active.put(key.id(), key);
                toDeactivate.add(new Deactivation(key.id(), new Disclosure(reported.url(), reported.source())));
            }
        });
        if (!toDeactivate.isEmpty()) {
            Set<UUID> changed = deactivations.deactivate(toDeactivate, clock.instant());
            record(toDeactivate.stream().filter(item -> changed.contains(item.keyId())).toList(), active,
                    Actor.automatic(remoteAddress));
        }
        List<TokenLabel> labels = new ArrayList<>(report.size());
        for (int i = 0; i < report.size(); i++) {
            labels.add(label(report.get(i), hashes.get(i), issued));
        }
        return labels;
    }

    /** Format and checksum first: look-alikes and other issuers' tokens never reach the database. */
    private static Map<String, ReportedToken> keydeskTokensByHash(List<ReportedToken> report, List<String> hashes) {
        Map<String, ReportedToken> byHash = new LinkedHashMap<>();
        for (int i = 0; i < report.size(); i++) {
            if (KeyFormat.isWellFormed(report.get(i).token())) {
                byHash.putIfAbsent(hashes.get(i), report.get(i));
            }
        }
        return byHash;
    }

    /** The activity-log rows in this transaction; the mail once it has committed. */
    private void record(List<Deactivation> done, Map<UUID, IssuedKey> keys, Actor actor) {
        Map<UUID, List<KeysDeactivated.Key>> byAccount = new LinkedHashMap<>();
        for (Deactivation deactivation : done) {
            IssuedKey key = keys.get(deactivation.keyId());
            Disclosure disclosure = deactivation.disclosure();
            auditLog.keyEvent(actor, key.accountId(), AuditAction.KEY_DEACTIVATED, key.id(), key.name(), key.hint(),
                    disclosure.describe(), Disclosure.REASON);
            byAccount.computeIfAbsent(key.accountId(), account -> new ArrayList<>())
                    .add(new KeysDeactivated.Key(key.name(), key.hint(), disclosure.url()));
        }
        byAccount.forEach((account, deactivated) -> events.publishEvent(new KeysDeactivated(account, deactivated)));
    }

    /** Only well-formed tokens were looked up, so a hash among the issued keys is one of ours. */
    private static TokenLabel label(ReportedToken reported, String hash, Map<String, IssuedKey> issued) {
        boolean ours = issued.containsKey(hash);
        return new TokenLabel(hash, reported.type(), ours ? TokenLabel.TRUE_POSITIVE : TokenLabel.FALSE_POSITIVE);
    }
}
