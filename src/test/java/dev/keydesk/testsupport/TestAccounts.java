package dev.keydesk.testsupport;

import java.util.UUID;

import dev.keydesk.account.UserProvisioning;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fresh accounts for tests that change keys, so that tests sharing a Spring context (and its
 * database) never see each other's keys, names or limits.
 */
public record TestAccounts(UserProvisioning provisioning, JdbcClient jdbc) {

    /** A new account whose only member is a new customer with the password {@link TestCustomer#PASSWORD}. */
    public TestCustomer newCustomer() {
        String username = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        UUID accountId = provisioning.createAccountWithOwner("Account of " + username, username,
                username + "@example.com", TestCustomer.PASSWORD).id();
        UUID userId = jdbc.sql("select id from app_user where username = ?").param(username)
                .query(UUID.class).single();
        return new TestCustomer(accountId, userId, username);
    }

    /** A demo user of the contract ("customer", "customer2") with the account they belong to. */
    public TestCustomer demoCustomer(String username) {
        return jdbc.sql("""
                        select m.account_id, u.id from app_user u join membership m on m.user_id = u.id
                        where u.username = ?""")
                .param(username)
                .query((rs, row) -> new TestCustomer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        username))
                .single();
    }

    public void setKeyLimit(UUID accountId, int limit) {
        jdbc.sql("update account set key_limit = ? where id = ?").params(limit, accountId).update();
    }

    public record TestCustomer(UUID accountId, UUID userId, String username) {
        public static final String PASSWORD = "test-password-1234";
    }
}
