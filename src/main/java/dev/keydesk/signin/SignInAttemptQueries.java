package dev.keydesk.signin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sign_in_attempt table: inserts, the two window queries of the throttle, and what support sees. */
@Repository
class SignInAttemptQueries {

    private final JdbcClient jdbc;

    SignInAttemptQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, SignInAttempt attempt, @Nullable UUID userId, SignInOutcome outcome) {
        insert(at, attempt, userId, outcome, SignInFactor.PASSWORD);
    }

    void insert(Instant at, SignInAttempt attempt, @Nullable UUID userId, SignInOutcome outcome,
            SignInFactor factor) {
        jdbc.sql("""
                        insert into sign_in_attempt (id, attempted_at, username_key, user_id, outcome, client_address,
                                                     user_agent, factor)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), utc(at), attempt.usernameKey(), userId, outcome.name(),
                        attempt.clientAddress(), attempt.userAgent(), factor.name())
                .update();
    }

    /**
     * The latest attempts of a username with one of the factors since the given time that count (refusals
     * do not; support lifting a lock counts for every factor), newest first, at most {@code limit}: the
     * index on (username_key, attempted_at) answers it.
     */
    List<Counted> latestCounted(String usernameKey, Set<SignInFactor> factors, Instant since, int limit) {
        return jdbc.sql("""
                        select outcome, attempted_at from sign_in_attempt
                        where username_key = :key and attempted_at > :since and outcome <> 'REFUSED'
                          and (factor in (:factors) or outcome = 'LIFTED')
                        order by attempted_at desc limit :limit""")
                .param("key", usernameKey)
                .param("since", utc(since))
                .param("factors", factors.stream().map(SignInFactor::name).toList())
                .param("limit", limit)
                .query((rs, n) -> new Counted(SignInOutcome.valueOf(rs.getString("outcome")),
                        instant(rs, "attempted_at")))
                .list();
    }

    /** The times of the latest failures from an address since the given time, newest first, at most {@code limit}. */
    List<Instant> latestAddressFailures(String clientAddress, Instant since, int limit) {
        return jdbc.sql("""
                        select attempted_at from sign_in_attempt
                        where client_address = ? and attempted_at > ? and outcome = 'FAILED'
                        order by attempted_at desc limit ?""")
                .params(clientAddress, utc(since), limit)
                .query((rs, n) -> instant(rs, "attempted_at"))
                .list();
    }

    /** Failed and refused attempts of these usernames, newest first. */
    List<FailedSignIn> failures(Collection<String> usernameKeys, int limit) {
        if (usernameKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select username_key, attempted_at, outcome, client_address, user_agent from sign_in_attempt
                        where username_key in (:keys) and outcome in ('FAILED', 'REFUSED')
                        order by attempted_at desc limit :limit""")
                .param("keys", usernameKeys)
                .param("limit", limit)
                .query((rs, n) -> new FailedSignIn(rs.getString("username_key"), instant(rs, "attempted_at"),
                        "REFUSED".equals(rs.getString("outcome")), rs.getString("client_address"),
                        rs.getString("user_agent")))
                .list();
    }

    /** Support users with a failed attempt since the given time: the candidates for a current lock. */
    List<String> supportUsernamesFailedSince(Instant since) {
        return jdbc.sql("""
                        select distinct u.username from sign_in_attempt a join app_user u on u.id = a.user_id
                        where u.staff_role = 'SUPPORT' and a.outcome = 'FAILED' and a.attempted_at > ?
                        order by u.username""")
                .param(utc(since))
                .query(String.class)
                .list();
    }

    int deleteBefore(Instant cutoff) {
        return jdbc.sql("delete from sign_in_attempt where attempted_at < ?").param(utc(cutoff)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    record Counted(SignInOutcome outcome, Instant at) {
    }
}
