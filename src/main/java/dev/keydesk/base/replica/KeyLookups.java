package dev.keydesk.base.replica;

import java.util.function.Function;

import dev.keydesk.base.data.DatabaseOutage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a key lookup reads: this node's replica while it holds the lease on it, otherwise the primary. A
 * replica's answer counts only if the lease still held when it arrived: then the replica's snapshot was taken
 * before any revocation could have returned without it (it is in the synchronous set until every lease has
 * run out), so the answer is one the primary could have given at that moment. Otherwise the same lookup
 * runs on the primary; so does one whose replica cannot be reached.
 */
@Component
public class KeyLookups {

    private static final Logger log = LoggerFactory.getLogger(KeyLookups.class);

    private final JdbcClient primary;
    private final @Nullable Replica replica;
    private final Counter replicaReads;
    private final Counter primaryReads;

    KeyLookups(JdbcClient primary, ObjectProvider<Replica> replica, MeterRegistry registry) {
        this.primary = primary;
        this.replica = replica.getIfAvailable();
        this.replicaReads = counter(registry, "replica");
        this.primaryReads = counter(registry, "primary");
    }

    public <T> T read(Function<JdbcClient, T> lookup) {
        if (replica != null && replica.lease().holds()) {
            try {
                T answer = lookup.apply(replica.jdbc());
                if (replica.lease().holds()) {
                    replicaReads.increment();
                    return answer;
                }
            } catch (DataAccessException e) {
                if (!DatabaseOutage.isCause(e)) {
                    throw e;
                }
                // The renewal decides when to read it again; until then this node reads the primary.
                replica.lease().revoke();
                log.warn("Key lookups read the primary: the replica cannot be reached ({})", e.getMostSpecificCause()
                        .getMessage());
            }
        }
        primaryReads.increment();
        return lookup.apply(primary);
    }

    private static Counter counter(MeterRegistry registry, String source) {
        return Counter.builder("keydesk.key.lookups").description("Key lookups by the database that answered")
                .tag("source", source).register(registry);
    }
}
