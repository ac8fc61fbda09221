package dev.keydesk.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The console's read model in plain SQL. The page of ids is chosen first (filter, order, offset,
 * limit: index work only), and only those rows get their key counts and members, so a deep page
 * costs no more per-row work than the first.
 */
@Repository
class AccountSearchQueries {

    // Name substring OR username prefix, as one id set: each half can use its own index.
    private static final String MATCHES = """
            a.id in (select x.id from account x where lower(x.name) like :substring escape '\\'
                     union
                     select m.account_id from membership m join app_user u on u.id = m.user_id
                     where lower(u.username) like :prefix escape '\\')""";

    private final JdbcClient jdbc;

    AccountSearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerAccountRow> page(AccountFilter filter, AccountOrder order, long offset, int limit) {
        List<PageRow> rows = bind(jdbc.sql(pageSql(filter, order)), filter).param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new PageRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        instant(rs, "created_at"), rs.getInt("active_keys")))
                .list();
        Map<UUID, List<String>> members = memberNames(rows.stream().map(PageRow::id).toList());
        return rows.stream().map(row -> new CustomerAccountRow(row.id(), row.name(),
                members.getOrDefault(row.id(), List.of()), row.activeKeys(), row.createdAt())).toList();
    }

    long count(AccountFilter filter) {
        return bind(jdbc.sql(countSql(filter)), filter).query(Long.class).single();
    }

    /** The page query (named parameters :substring, :prefix, :limit, :offset); the benchmark explains it. */
    static String pageSql(AccountFilter filter, AccountOrder order) {
        return """
                select p.id, p.name, p.created_at,
                       (select count(*) from api_key k where k.account_id = p.id and k.status = 'ACTIVE')
                           as active_keys
                from (select a.id, a.name, a.created_at from account a %s
                      order by %s limit :limit offset :offset) p
                order by %s""".formatted(where(filter), order.orderBy("a"), order.orderBy("p"));
    }

    static String countSql(AccountFilter filter) {
        return "select count(*) from account a " + where(filter);
    }

    Optional<SupportAccount> account(UUID id) {
        List<AccountMember> members = jdbc.sql("""
                        select u.username, u.email, m.role from membership m join app_user u on u.id = m.user_id
                        where m.account_id = ? order by lower(u.username)""")
                .param(id)
                .query((rs, n) -> new AccountMember(rs.getString("username"), rs.getString("email"),
                        rs.getString("role")))
                .list();
        return jdbc.sql("select id, name, status, key_limit, created_at from account where id = ?")
                .param(id)
                .query((rs, n) -> new SupportAccount(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("status"), rs.getInt("key_limit"), instant(rs, "created_at"), members))
                .optional();
    }

    private Map<UUID, List<String>> memberNames(List<UUID> accountIds) {
        Map<UUID, List<String>> names = new LinkedHashMap<>();
        if (accountIds.isEmpty()) {
            return names;
        }
        jdbc.sql("""
                        select m.account_id, u.username from membership m join app_user u on u.id = m.user_id
                        where m.account_id in (:ids) order by lower(u.username)""")
                .param("ids", accountIds)
                .query((RowCallbackHandler) rs -> names
                        .computeIfAbsent(rs.getObject("account_id", UUID.class), id -> new ArrayList<>())
                        .add(rs.getString("username")));
        return names;
    }

    private static String where(AccountFilter filter) {
        return filter.isEmpty() ? "" : "where " + MATCHES;
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AccountFilter filter) {
        return filter.isEmpty() ? statement
                : statement.param("substring", filter.substringPattern()).param("prefix", filter.prefixPattern());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private record PageRow(UUID id, String name, Instant createdAt, int activeKeys) {
    }
}
