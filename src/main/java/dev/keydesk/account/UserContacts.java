package dev.keydesk.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks users up by id, or as a member of an account. No permission check here: the calling service has
 * made one (support only, or the person themself); never expose it to views.
 */
@Service
public class UserContacts {

    private final JdbcClient jdbc;

    UserContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<UserContact> byId(UUID userId) {
        return jdbc.sql("select id, username, email, staff_role from app_user where id = ?")
                .param(userId)
                .query((rs, n) -> new UserContact(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("email"), StaffRole.SUPPORT.name().equals(rs.getString("staff_role"))))
                .optional();
    }

    /** The member of the account with this username (exactly as support sees it listed), if there is one. */
    @Transactional(readOnly = true)
    public Optional<UserContact> member(UUID accountId, String username) {
        return jdbc.sql("""
                        select u.id, u.username, u.email, u.staff_role from membership m join app_user u on u.id = m.user_id
                        where m.account_id = ? and u.username = ?""")
                .params(accountId, username)
                .query((rs, n) -> new UserContact(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("email"), StaffRole.SUPPORT.name().equals(rs.getString("staff_role"))))
                .optional();
    }
}
