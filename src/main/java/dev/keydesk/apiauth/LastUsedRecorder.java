package dev.keydesk.apiauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Records when keys were last used without a database write per request: successful checks only
 * note the time in memory (the latest per key), and a scheduled flush writes them in one batch,
 * so each key costs at most one UPDATE per {@code keydesk.last-used.flush-interval}. The rest is
 * flushed when the application shuts down.
 */
@Component
class LastUsedRecorder implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(LastUsedRecorder.class);

    // Only last_used_at is touched, and only forwards: a deleted or deactivated key stays so.
    private static final String UPDATE = """
            update api_key set last_used_at = ?
            where id = ? and (last_used_at is null or last_used_at < ?)""";

    private final Map<UUID, Instant> pending = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Counter writes;
    private final Duration flushInterval;
    /** When a flush last succeeded (or the recorder started): the age of the oldest unwritten use, at most. */
    private volatile Instant lastFlushed;

    LastUsedRecorder(JdbcTemplate jdbc, Clock clock, MeterRegistry registry, LastUsedProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.flushInterval = properties.flushInterval();
        this.lastFlushed = clock.instant();
        this.writes = Counter.builder("keydesk.last.used.writes")
                .description("UPDATE statements written for keys' last-used times").register(registry);
        // For alerting: pending keeps growing and the lag passes a few flush intervals while writes fail.
        Gauge.builder("keydesk.last.used.pending", pending, Map::size)
                .description("Keys whose last-used time is waiting for the next flush").register(registry);
        Gauge.builder("keydesk.last.used.flush.lag", this, recorder -> recorder.flushLag().toMillis() / 1000.0)
                .baseUnit("seconds")
                .description("Time since the last successful flush of last-used times").register(registry);
    }

    Duration flushLag() {
        return Duration.between(lastFlushed, clock.instant());
    }

    /** Notes a use; true when it is the key's first since the last flush. */
    boolean record(UUID keyId) {
        return pending.put(keyId, clock.instant()) == null;
    }

    /** Flushes every {@code keydesk.last-used.flush-interval}, the first time one interval after start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::flush, flushInterval, flushInterval));
    }

    /** Writes what was collected since the last flush; returns the number of keys written. */
    int flush() {
        Instant started = clock.instant();
        List<Object[]> batch = new ArrayList<>();
        for (UUID keyId : pending.keySet()) {
            Instant usedAt = pending.remove(keyId);
            if (usedAt != null) {
                OffsetDateTime at = OffsetDateTime.ofInstant(usedAt, ZoneOffset.UTC);
                batch.add(new Object[] {at, keyId, at});
            }
        }
        if (batch.isEmpty()) {
            lastFlushed = started;
            return 0;
        }
        try {
            jdbc.batchUpdate(UPDATE, batch);
        } catch (DataAccessException e) {
            log.warn("Could not write last-used times of {} keys; will retry at the next flush", batch.size(), e);
            batch.forEach(row -> pending.merge((UUID) row[1], ((OffsetDateTime) row[0]).toInstant(),
                    (newer, older) -> newer.isAfter(older) ? newer : older));
            return 0;
        }
        lastFlushed = started;
        writes.increment(batch.size());
        return batch.size();
    }

    @PreDestroy
    void flushOnShutdown() {
        flush();
    }
}
