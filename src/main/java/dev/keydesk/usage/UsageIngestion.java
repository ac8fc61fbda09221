package dev.keydesk.usage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.keydesk.apiauth.ServiceCaller;
import dev.keydesk.apikey.PlatformService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Counts reported usage exactly once per event id. Events are checked one by one (a bad one is rejected
 * with its index, the good ones count); then, in one transaction, the new ids are inserted (the unique key
 * decides which are new, also against a concurrent request on another node) and exactly those events are
 * added to the daily roll-ups. Either both happen or neither: a failed request leaves nothing behind and
 * may simply be sent again.
 */
@Service
public class UsageIngestion {

    /** The most events one request may carry (the contract's figure). */
    public static final int MAX_EVENTS = 1000;
    private static final int ATTEMPTS = 5;

    private final UsageWriter writer;
    private final UsageQueries queries;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final UsageProperties properties;

    UsageIngestion(UsageWriter writer, UsageQueries queries, TransactionTemplate transactions, Clock clock,
            UsageProperties properties) {
        this.writer = writer;
        this.queries = queries;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /** A request's events as the API received them; the caller is the model service whose token was presented. */
    IngestResult ingest(List<JsonNode> events, ServiceCaller caller) {
        requireAtMostMax(events.size());
        EventParser parser = new EventParser(caller, clock.instant(), properties);
        List<Indexed> candidates = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EventParser.Parsed parsed = parser.parse(i, events.get(i));
            if (parsed.event() != null) {
                candidates.add(new Indexed(i, parsed.event()));
            } else if (parsed.rejection() != null) {
                rejections.add(parsed.rejection());
            }
        }
        return count(candidates, rejections);
    }

    /** Events from inside Keydesk (demo data, benchmarks): already valid records; ages are not checked. */
    public IngestResult ingest(List<UsageEvent> events) {
        requireAtMostMax(events.size());
        List<Indexed> candidates = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            candidates.add(new Indexed(i, events.get(i)));
        }
        return count(candidates, new ArrayList<>());
    }

    private IngestResult count(List<Indexed> candidates, List<Rejection> rejections) {
        Map<UUID, UUID> accountOfKey = queries.accountsOfKeys(candidates.stream().map(c -> c.event().keyId())
                .distinct().toList());
        Map<String, Indexed> firstById = new LinkedHashMap<>();
        int duplicates = 0;
        for (Indexed candidate : candidates) {
            if (!accountOfKey.containsKey(candidate.event().keyId())) {
                rejections.add(new Rejection(candidate.index(), "unknown_key",
                        "No key with this key_id was ever issued by Keydesk"));
            } else if (firstById.putIfAbsent(candidate.event().id(), candidate) != null) {
                duplicates++;
            }
        }
        int accepted = firstById.isEmpty() ? 0 : store(firstById, accountOfKey);
        duplicates += firstById.size() - accepted;
        rejections.sort(Comparator.comparingInt(Rejection::index));
        return new IngestResult(accepted, duplicates, rejections);
    }

    /** Inserts the ids and the roll-ups of the new ones in one transaction; returns how many were new. */
    private int store(Map<String, Indexed> byId, Map<UUID, UUID> accountOfKey) {
        List<String> ids = byId.keySet().stream().sorted().toList();
        Instant receivedAt = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                Integer inserted = writer.inTurn(() -> transactions.execute(status -> {
                    Set<String> fresh = writer.insertNewIds(ids, receivedAt);
                    writer.addToDailyTotals(rollups(fresh, byId, accountOfKey));
                    return fresh.size();
                }));
                return inserted == null ? 0 : inserted;
            } catch (DuplicateKeyException | PessimisticLockingFailureException raced) {
                // Another request created the same roll-up row (H2's MERGE) or a deadlock was broken: nothing
                // of this attempt was kept, and the next one sees the other request's ids as duplicates.
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private static List<Rollup> rollups(Set<String> fresh, Map<String, Indexed> byId, Map<UUID, UUID> accountOfKey) {
        Map<DayKey, Rollup> sums = new HashMap<>();
        for (String id : fresh) {
            UsageEvent event = byId.get(id).event();
            sums.merge(new DayKey(event.keyId(), event.day(), event.service(), event.unit()),
                    Rollup.of(event, accountOfKey.get(event.keyId())), Rollup::plus);
        }
        return sums.values().stream().sorted(Rollup.ORDER).toList();
    }

    private static void requireAtMostMax(int size) {
        if (size > MAX_EVENTS) {
            throw new TooManyEventsException(size);
        }
    }

    private record Indexed(int index, UsageEvent event) {
    }

    private record DayKey(UUID keyId, LocalDate day, PlatformService service, UsageUnit unit) {
    }
}
