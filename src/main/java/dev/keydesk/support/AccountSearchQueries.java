package dev.keydesk.support;

import java.sql.DatabaseMetaData;
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

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * The console's read model in plain SQL. The page of ids is chosen first (filter, order, offset,
 * limit: index work only), and only those rows get their key counts and members, so a deep page
 * costs no more per-row work than the first.
 */
@Repository
class AccountSearchQueries {

    /** Above this many accounts matched by username, the ids stay in a subquery instead of a list. */
    static final int MAX_LISTED_IDS = 1000;

    private static final String NAME_MATCHES = "lower(a.name) like :substring escape '\\'";
    private static final String USERNAME_MATCHES = """
            select m.account_id from membership m join app_user u on u.id = m.user_id
            where lower(u.username) like :prefix escape '\\'""";

    private final JdbcClient jdbc;
    private final boolean postgres;

    AccountSearchQueries(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                DatabaseMetaData::getDatabaseProductName));
    }

    List<CustomerAccountRow> page(AccountFilter filter, AccountOrder order, long offset, int limit) {
        planForTheseValues();
        Match match = match(filter);
        List<PageRow> rows = match.bind(jdbc.sql(pageSql(match, order))).param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new PageRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        instant(rs, "created_at"), rs.getInt("active_keys")))
                .list();
        Map<UUID, List<String>> members = memberNames(rows.stream().map(PageRow::id).toList());
        return rows.stream().map(row -> new CustomerAccountRow(row.id(), row.name(),
                members.getOrDefault(row.id(), List.of()), row.activeKeys(), row.createdAt())).toList();
    }

    long count(AccountFilter filter) {
        planForTheseValues();
        Match match = match(filter);
        return match.bind(jdbc.sql("select count(*) from account a " + match.where())).query(Long.class).single();
    }

    /**
     * The best plan depends on the values (a broad "%corp%" walks the name index, a rare one uses
     * trigrams; offset 0 or 50,000), so PostgreSQL must not switch to a generic plan once the
     * driver prepares the statement on the server; and a deep page of a broad filter may sort tens
     * of thousands of names, which should stay in memory. Both last until the transaction ends.
     */
    void planForTheseValues() {
        if (postgres) {
            jdbc.sql("""
                    select set_config('plan_cache_mode', 'force_custom_plan', true),
                           set_config('work_mem', '16MB', true)""").query((rs, n) -> n).list();
        }
    }

    /**
     * How to find the filter's accounts. The username prefix is resolved first (a pattern index
     * makes it cheap): a short list of account ids lets PostgreSQL OR the trigram index on names
     * with the primary key, so a rare search touches a handful of rows; a search that matches by
     * name alone, or very many usernames, walks the name index in order and stops at the page.
     */
    Match match(AccountFilter filter) {
        if (filter.isEmpty()) {
            return new Match("", Map.of());
        }
        List<UUID> byUsername = jdbc.sql("select distinct account_id from (" + USERNAME_MATCHES + ") u limit "
                        + (MAX_LISTED_IDS + 1))
                .param("prefix", filter.prefixPattern())
                .query(UUID.class)
                .list();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("substring", filter.substringPattern());
        if (byUsername.isEmpty()) {
            return new Match("where " + NAME_MATCHES, params);
        }
        if (byUsername.size() <= MAX_LISTED_IDS) {
            params.put("ids", byUsername);
            return new Match("where (" + NAME_MATCHES + " or a.id in (:ids))", params);
        }
        // Very many: a correlated EXISTS lets PostgreSQL probe only the rows it walks (first page: ~50).
        params.put("prefix", filter.prefixPattern());
        return new Match("where (" + NAME_MATCHES + " or exists (" + USERNAME_MATCHES
                + " and m.account_id = a.id))", params);
    }

    /** The page query (named parameters of the match, :limit and :offset); the benchmark explains it. */
    static String pageSql(Match match, AccountOrder order) {
        return """
                select p.id, p.name, p.created_at,
                       (select count(*) from api_key k where k.account_id = p.id and k.status = 'ACTIVE')
                           as active_keys
                from (select a.id, a.name, a.created_at from account a %s
                      order by %s limit :limit offset :offset) p
                order by %s""".formatted(match.where(), order.orderBy("a"), order.orderBy("p"));
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

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** A WHERE clause on {@code account a} and its named parameters. */
    record Match(String where, Map<String, Object> params) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            JdbcClient.StatementSpec bound = statement;
            for (Map.Entry<String, Object> param : params.entrySet()) {
                bound = bound.param(param.getKey(), param.getValue());
            }
            return bound;
        }
    }

    private record PageRow(UUID id, String name, Instant createdAt, int activeKeys) {
    }
}
