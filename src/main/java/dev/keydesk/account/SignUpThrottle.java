package dev.keydesk.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * At most {@code keydesk.signup.max-per-address-per-hour} accepted sign-ups per client network. The
 * records are rows every node reads; a row per network, locked until commit, makes concurrent sign-ups
 * from one network count one after the other, so a burst cannot slip past the limit together.
 */
@Component
class SignUpThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int limit;

    SignUpThrottle(JdbcClient jdbc, Clock clock, SignUpProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limit = properties.maxPerAddressPerHour();
    }

    /** Counts this sign-up, or refuses it (and counts nothing, so refusals never extend the wait). */
    @Transactional(propagation = Propagation.MANDATORY)
    void acquire(ClientNetwork network) {
        Instant now = clock.instant();
        jdbc.sql("insert into sign_up_network (network) values (?) on conflict do nothing")
                .param(network.value()).update();
        jdbc.sql("select network from sign_up_network where network = ? for update")
                .param(network.value()).query(String.class).single();
        int recent = jdbc.sql("select count(*) from sign_up_record where network = ? and created_at > ?")
                .params(network.value(), utc(now.minus(WINDOW))).query(Integer.class).single();
        if (recent >= limit) {
            throw new SignUpLimitReachedException(limit);
        }
        jdbc.sql("insert into sign_up_record (id, network, created_at) values (?, ?, ?)")
                .params(UUID.randomUUID(), network.value(), utc(now)).update();
    }

    /** Records older than the window count for nothing; they hold client addresses, so they go. */
    @Transactional
    int forgetOldRecords() {
        return jdbc.sql("delete from sign_up_record where created_at <= ?")
                .param(utc(clock.instant().minus(WINDOW))).update();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
