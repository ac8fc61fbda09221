package dev.keydesk.password;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The password_reset and password_reset_request tables. */
@Repository
class PasswordResetQueries {

    private final JdbcClient jdbc;

    PasswordResetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, UUID userId, Instant now, Instant expiresAt) {
        jdbc.sql("insert into password_reset (id, token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), tokenHash, userId, utc(now), utc(expiresAt)).update();
    }

    int countSince(UUID userId, Instant since) {
        return jdbc.sql("select count(*) from password_reset where user_id = ? and created_at > ?")
                .params(userId, utc(since)).query(Integer.class).single();
    }

    /** The user of a link still valid at {@code now}. */
    Optional<UUID> validUser(String tokenHash, Instant now) {
        return jdbc.sql("select user_id from password_reset where token_hash = ? and expires_at > ?")
                .params(tokenHash, utc(now)).query(UUID.class).optional();
    }

    /** Locks the link's row until commit, so of two resets with one link only one finds it. */
    Optional<Reset> lock(String tokenHash) {
        return jdbc.sql("select id, user_id, expires_at from password_reset where token_hash = ? for update")
                .param(tokenHash)
                .query((rs, n) -> new Reset(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    void deleteAllOf(UUID userId) {
        jdbc.sql("delete from password_reset where user_id = ?").param(userId).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from password_reset where id = ?").param(id).update();
    }

    int countRequests(String network, Instant since) {
        return jdbc.sql("select count(*) from password_reset_request where network = ? and requested_at > ?")
                .params(network, utc(since)).query(Integer.class).single();
    }

    void insertRequest(String network, Instant now) {
        jdbc.sql("insert into password_reset_request (id, network, requested_at) values (?, ?, ?)")
                .params(UUID.randomUUID(), network, utc(now)).update();
    }

    /** Expired links, and requests older than the throttle's hour (they hold client networks). */
    int deleteOld(Instant now, Instant requestsBefore) {
        return jdbc.sql("delete from password_reset where expires_at <= ?").param(utc(now)).update()
                + jdbc.sql("delete from password_reset_request where requested_at <= ?").param(utc(requestsBefore))
                        .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    record Reset(UUID id, UUID userId, Instant expiresAt) {
    }
}
