package dev.keydesk.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sign_in_session table. */
@Repository
class SignInSessionQueries {

    private final JdbcClient jdbc;

    SignInSessionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String sessionHash, UUID userId, Instant now, @Nullable String clientAddress,
            @Nullable String userAgent) {
        jdbc.sql("""
                        insert into sign_in_session (id, session_hash, user_id, created_at, last_seen_at, client_address,
                                                     user_agent)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, sessionHash, userId, utc(now), utc(now), clientAddress, userAgent)
                .update();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select user_id, session_hash, last_seen_at, revoked_at from sign_in_session where id = ?")
                .param(id)
                .query((rs, n) -> new Row(rs.getObject("user_id", UUID.class), rs.getString("session_hash"),
                        instant(rs, "last_seen_at"), rs.getObject("revoked_at", OffsetDateTime.class) != null))
                .optional();
    }

    void seen(UUID id, String sessionHash, Instant now) {
        jdbc.sql("update sign_in_session set session_hash = ?, last_seen_at = ? where id = ?")
                .params(sessionHash, utc(now), id).update();
    }

    List<ActiveSession> active(UUID userId, Instant seenSince, Instant createdSince, @Nullable UUID current) {
        return jdbc.sql("""
                        select id, created_at, last_seen_at, client_address, user_agent from sign_in_session
                        where user_id = ? and revoked_at is null and last_seen_at > ? and created_at > ?
                        order by last_seen_at desc""")
                .params(userId, utc(seenSince), utc(createdSince))
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new ActiveSession(id, instant(rs, "created_at"), instant(rs, "last_seen_at"),
                            rs.getString("client_address"), rs.getString("user_agent"), id.equals(current));
                })
                .list();
    }

    /** Revokes the user's sessions except {@code keep} (null: every one); answers how many. */
    int revoke(UUID userId, @Nullable UUID keep, Instant now) {
        return jdbc.sql("""
                        update sign_in_session set revoked_at = ?
                        where user_id = ? and revoked_at is null and id <> ?""")
                .params(utc(now), userId, keep == null ? new UUID(0, 0) : keep)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from sign_in_session where id = ?").param(id).update();
    }

    int deleteStale(Instant seenBefore, Instant createdBefore) {
        return jdbc.sql("delete from sign_in_session where last_seen_at < ? or created_at < ?")
                .params(utc(seenBefore), utc(createdBefore)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    record Row(UUID userId, String sessionHash, Instant lastSeenAt, boolean revoked) {
    }
}
