package dev.keydesk.signin;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code account.require_two_factor} (migration V12) and the membership roles that decide who may set it. */
@Repository
class TwoFactorRequirementQueries {

    private final JdbcClient jdbc;

    TwoFactorRequirementQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether any account the user belongs to requires two-factor sign-in of its members. */
    boolean requiredForMember(UUID userId) {
        return jdbc.sql("""
                        select count(*) from membership m join account a on a.id = m.account_id
                        where m.user_id = ? and a.require_two_factor""")
                .param(userId).query(Integer.class).single() > 0;
    }

    boolean required(UUID accountId) {
        return jdbc.sql("select require_two_factor from account where id = ?").param(accountId)
                .query(Boolean.class).single();
    }

    Optional<String> role(UUID userId, UUID accountId) {
        return jdbc.sql("select role from membership where user_id = ? and account_id = ?")
                .params(userId, accountId).query(String.class).optional();
    }

    void setRequired(UUID accountId, boolean required) {
        jdbc.sql("update account set require_two_factor = ? where id = ?").params(required, accountId).update();
    }
}
