package dev.keydesk.account;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Memberships have a composite key, which Spring Data JDBC repositories do not map; plain SQL here. */
@Repository
class MembershipRepository {

    private final JdbcClient jdbc;

    MembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Membership membership) {
        jdbc.sql("insert into membership (user_id, account_id, role) values (?, ?, ?)")
                .params(membership.userId(), membership.accountId(), membership.role().name())
                .update();
    }

    boolean exists(UUID userId, UUID accountId) {
        return jdbc.sql("select count(*) from membership where user_id = ? and account_id = ?")
                .params(userId, accountId)
                .query(Integer.class)
                .single() > 0;
    }

    List<String> memberUsernames(UUID accountId) {
        return jdbc.sql("""
                        select u.username from membership m join app_user u on u.id = m.user_id
                        where m.account_id = ? order by u.username""")
                .param(accountId)
                .query(String.class)
                .list();
    }

    List<UUID> accountIds(UUID userId) {
        return jdbc.sql("select account_id from membership where user_id = ? order by account_id")
                .param(userId)
                .query(UUID.class)
                .list();
    }

    List<String> memberEmails(UUID accountId) {
        return jdbc.sql("""
                        select u.email from membership m join app_user u on u.id = m.user_id
                        where m.account_id = ? and u.enabled and u.email is not null order by u.email""")
                .param(accountId)
                .query(String.class)
                .list();
    }
}
