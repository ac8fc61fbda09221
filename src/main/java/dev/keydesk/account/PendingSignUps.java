package dev.keydesk.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.base.i18n.Languages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-ups waiting for confirmation. Names and usernames are unique here as in the tables they will join. */
@Repository
class PendingSignUps {

    private final JdbcClient jdbc;

    PendingSignUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PendingSignUp pending) {
        jdbc.sql("""
                insert into pending_sign_up (id, token_hash, organization, organization_key, username, username_key,
                    email, password_hash, created_at, expires_at, language)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(pending.id(), pending.tokenHash(), pending.organization().value(),
                        pending.organization().key(), pending.username().value(), pending.username().key(),
                        pending.email().value(), pending.passwordHash(), SignUpThrottle.utc(pending.createdAt()),
                        SignUpThrottle.utc(pending.expiresAt()), Languages.tag(pending.language()))
                .update();
    }

    /** The pending sign-up of a token hash, locked until commit so a link confirms once. */
    Optional<PendingSignUp> lockByTokenHash(String tokenHash) {
        return jdbc.sql("select * from pending_sign_up where token_hash = ? for update").param(tokenHash)
                .query(PendingSignUps::map).optional();
    }

    boolean organizationTaken(String organizationKey) {
        return jdbc.sql("select count(*) from pending_sign_up where organization_key = ?").param(organizationKey)
                .query(Integer.class).single() > 0;
    }

    boolean usernameTaken(String usernameKey) {
        return jdbc.sql("select count(*) from pending_sign_up where username_key = ?").param(usernameKey)
                .query(Integer.class).single() > 0;
    }

    void delete(UUID id) {
        jdbc.sql("delete from pending_sign_up where id = ?").param(id).update();
    }

    /** Expired sign-ups free their names; their email address and password hash go with them. */
    int deleteExpired(Instant now) {
        return jdbc.sql("delete from pending_sign_up where expires_at <= ?").param(SignUpThrottle.utc(now)).update();
    }

    private static PendingSignUp map(ResultSet rs, int row) throws SQLException {
        return new PendingSignUp(rs.getObject("id", UUID.class), rs.getString("token_hash"),
                new OrganizationName(rs.getString("organization")), new Username(rs.getString("username")),
                new EmailAddress(rs.getString("email")), rs.getString("password_hash"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                Languages.fromTag(rs.getString("language")).orElse(Languages.ENGLISH));
    }
}
