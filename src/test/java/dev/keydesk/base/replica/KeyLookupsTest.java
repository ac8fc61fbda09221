package dev.keydesk.base.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.junit.jupiter.api.Test;

/** Which database a key lookup reads, on two H2 databases that answer with their own name. */
class KeyLookupsTest {

    private static final Function<JdbcClient, String> WHO_ANSWERS =
            db -> db.sql("select name from who").query(String.class).single();

    private final AtomicLong nanos = new AtomicLong();
    private final ReplicaLease lease = new ReplicaLease(Duration.ofSeconds(3), nanos::get);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final JdbcClient primary = database("primary");

    @Test
    void without_a_replica_every_lookup_reads_the_primary() {
        KeyLookups lookups = new KeyLookups(primary, new StaticListableBeanFactory().getBeanProvider(Replica.class),
                registry);
        assertThat(lookups.read(WHO_ANSWERS)).isEqualTo("primary");
    }

    @Test
    void while_the_lease_holds_lookups_read_the_replica() {
        lease.grant(nanos.get());
        assertThat(lookups(database("replica")).read(WHO_ANSWERS)).isEqualTo("replica");
        assertThat(registry.counter("keydesk.key.lookups", "source", "replica").count()).isEqualTo(1);
    }

    @Test
    void without_the_lease_lookups_read_the_primary() {
        lease.grant(nanos.get());
        nanos.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(lookups(database("replica")).read(WHO_ANSWERS)).isEqualTo("primary");
        assertThat(registry.counter("keydesk.key.lookups", "source", "primary").count()).isEqualTo(1);
    }

    @Test
    void an_answer_from_the_replica_that_arrives_after_the_lease_ran_out_is_read_again_from_the_primary() {
        lease.grant(nanos.get());
        KeyLookups lookups = lookups(database("replica"));
        String answer = lookups.read(db -> {
            String who = WHO_ANSWERS.apply(db);
            nanos.addAndGet(Duration.ofSeconds(4).toNanos()); // a slow query, or a pause of this node
            return who;
        });
        assertThat(answer).isEqualTo("primary");
    }

    @Test
    void a_replica_that_cannot_be_reached_gives_way_to_the_primary_until_the_lease_is_renewed() {
        lease.grant(nanos.get());
        KeyLookups lookups = lookups(JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none")));
        assertThat(lookups.read(WHO_ANSWERS)).isEqualTo("primary");
        assertThat(lease.holds()).isFalse();
    }

    @Test
    void a_mistake_in_a_lookup_is_not_hidden_by_a_second_try_on_the_primary() {
        lease.grant(nanos.get());
        assertThatThrownBy(() -> lookups(database("replica")).read(db -> db.sql("select nonsense from who")
                .query(String.class).single())).isInstanceOf(BadSqlGrammarException.class);
        assertThat(registry.counter("keydesk.key.lookups", "source", "primary").count()).isZero();
    }

    private KeyLookups lookups(JdbcClient replicaDatabase) {
        Replica replica = new Replica(replicaDatabase, lease, () -> { });
        return new KeyLookups(primary, new StaticListableBeanFactory(Map.of("replica", replica))
                .getBeanProvider(Replica.class), registry);
    }

    private static JdbcClient database(String name) {
        JdbcClient db = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1"));
        db.sql("create table who (name varchar(20))").update();
        db.sql("insert into who values (?)").param(name).update();
        return db;
    }
}
