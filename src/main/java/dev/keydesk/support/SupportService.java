package dev.keydesk.support;

import java.util.List;
import java.util.UUID;

import dev.keydesk.security.Actor;
import dev.keydesk.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What support staff may see of customer accounts; customers are refused here. */
@Service
public class SupportService {

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;

    SupportService(JdbcClient jdbc, CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
    }

    /** One page of customer accounts, by name; the database does the paging. */
    @Transactional(readOnly = true)
    public List<CustomerAccountRow> accounts(int offset, int limit) {
        requireSupport();
        List<CustomerAccountRow> rows = jdbc.sql("""
                        select a.id, a.name, a.created_at,
                               (select count(*) from api_key k where k.account_id = a.id and k.status = 'ACTIVE')
                                   as active_keys
                        from account a order by lower(a.name), a.id limit ? offset ?""")
                .params(limit, offset)
                .query((rs, row) -> new CustomerAccountRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        "", rs.getInt("active_keys"),
                        rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
        return rows.stream().map(row -> new CustomerAccountRow(row.id(), row.name(), members(row.id()),
                row.activeKeys(), row.createdAt())).toList();
    }

    @Transactional(readOnly = true)
    public int countAccounts() {
        requireSupport();
        return jdbc.sql("select count(*) from account").query(Integer.class).single();
    }

    private String members(UUID accountId) {
        return String.join(", ", jdbc.sql("""
                        select u.username from membership m join app_user u on u.id = m.user_id
                        where m.account_id = ? order by u.username""")
                .param(accountId).query(String.class).list());
    }

    private Actor requireSupport() {
        Actor actor = currentActor.require();
        if (!actor.isSupport()) {
            throw new AccessDeniedException("Only support staff can see customer accounts.");
        }
        return actor;
    }
}
