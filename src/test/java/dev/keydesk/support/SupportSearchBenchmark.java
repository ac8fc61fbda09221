package dev.keydesk.support;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.keydesk.testsupport.PostgresIntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Support search at scale: 100,000 accounts with 1,000,000 keys in embedded PostgreSQL 17, measured
 * through SupportService (first page and offset 50,000; empty filter, name substring, username
 * prefix). Prints medians and the query plans; asserts nothing about time. Runs only with
 * {@code ./mvnw -Pbenchmark test} (see docs/benchmarks.md), never in the normal build.
 */
@PostgresIntegrationTest
class SupportSearchBenchmark {

    // -Dbenchmark.accounts=2000 makes a quick dry run of the same code.
    static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 100_000);
    static final int KEYS_PER_ACCOUNT = 10;
    static final int RUNS = 21;
    static final int WARM_UP = 5;
    static final int PAGE = 50;
    static final long DEEP = 50_000;

    private static final String[] ADJECTIVES = {"Blue", "Quantum", "Northern", "Rapid", "Silver", "Bright",
            "Golden", "Vertex", "Atlas", "Nimbus", "Cobalt", "Summit", "Harbor", "Pioneer", "Crystal", "Iron",
            "Solar"};
    private static final String[] NOUNS = {"Dynamics", "Analytics", "Robotics", "Logistics", "Foods", "Media",
            "Health", "Energy", "Software", "Networks", "Motors", "Capital", "Studios", "Textiles", "Pharma",
            "Aerospace", "Farms", "Optics", "Retail", "Security", "Travel", "Mining", "Labs"};
    // "Corp" on 60% of accounts gives a substring search with more than 50,000 matches.
    private static final String[] SUFFIXES = {"Corp", "Corp", "Corp", "Ltd", "GmbH"};
    // A fixed bcrypt hash: the benchmark needs rows, not 100,000 slow hash computations.
    private static final String HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z8nxqbZ3q/q2I8n1Xc5y3K6G";

    @Autowired
    SupportService support;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AccountSearchQueries queries;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void support_search_at_100k_accounts_and_1m_keys() throws Exception {
        long start = System.nanoTime();
        load();
        System.out.printf(Locale.ROOT, "%nLoaded %,d accounts, %,d users, %,d keys in %.1f s%n",
                count("account"), count("app_user"), count("api_key"), (System.nanoTime() - start) / 1e9);

        // Signed in once, outside the timings: each figure is the service call alone.
        List<String> rows = signedIn.as("support", this::measure);
        System.out.println("\n| search                 | matches |  offset | median ms |");
        System.out.println("| --- | ---: | ---: | ---: |");
        rows.forEach(System.out::println);

        for (String text : List.of("", "corp", "owner", "owner4242", "dev777")) {
            explain(AccountFilter.of(text), 0);
            explain(AccountFilter.of(text), DEEP);
        }
    }

    private List<String> measure() {
        List<String> rows = new ArrayList<>();
        for (String text : List.of("", "corp", "owner", "owner4242", "dev777")) {
            AccountFilter filter = AccountFilter.of(text);
            long matches = support.countAccounts(filter);
            for (long offset : new long[] {0, DEEP}) {
                double page = median(() -> support.searchAccounts(filter, AccountOrder.BY_NAME, offset, PAGE));
                rows.add(String.format(Locale.ROOT, "| %-22s | %,7d | %,6d | %8.1f |", describe(text), matches,
                        offset, page));
            }
            double countMs = median(() -> support.countAccounts(filter));
            rows.add(String.format(Locale.ROOT, "| %-22s | %,7d | %6s | %8.1f |", describe(text) + " (count)",
                    matches, "-", countMs));
        }
        return rows;
    }

    private static String describe(String text) {
        return text.isEmpty() ? "(empty)" : "\"" + text + "\"";
    }

    private double median(Supplier<?> query) {
        for (int i = 0; i < WARM_UP; i++) {
            query.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    private void explain(AccountFilter filter, long offset) {
        AccountSearchQueries.Match match = signedIn.as("support", () -> queries.match(filter));
        String sql = "explain (analyze, buffers, costs off) " + AccountSearchQueries.pageSql(match,
                AccountOrder.BY_NAME);
        // In a transaction with the service's settings, as the service runs it.
        List<String> plan = transactions.execute(status -> {
            queries.planForTheseValues();
            return match.bind(jdbc.sql(sql)).param("limit", PAGE).param("offset", offset).query(String.class)
                    .list();
        });
        System.out.printf("%n-- plan: filter \"%s\", offset %d%n", filter.text(), offset);
        plan.forEach(System.out::println);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** COPY in chunks: a million keys load in well under a minute. */
    private void load() throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            int chunk = Math.min(10_000, ACCOUNTS);
            for (int from = 0; from < ACCOUNTS; from += chunk) {
                StringBuilder accounts = new StringBuilder();
                StringBuilder appUsers = new StringBuilder();
                StringBuilder memberships = new StringBuilder();
                StringBuilder keys = new StringBuilder();
                for (int i = from; i < from + chunk; i++) {
                    UUID account = UUID.nameUUIDFromBytes(("account" + i).getBytes());
                    UUID owner = UUID.nameUUIDFromBytes(("owner" + i).getBytes());
                    String name = ADJECTIVES[i % ADJECTIVES.length] + " " + NOUNS[(i / 7) % NOUNS.length] + " "
                            + SUFFIXES[i % SUFFIXES.length] + " " + i;
                    accounts.append(account).append('\t').append(name).append("\tACTIVE\t10\t")
                            .append("2026-01-01 00:00:00+00\n");
                    appUsers.append(owner).append("\towner").append(i).append("\towner").append(i)
                            .append("@example.com\t").append(HASH).append("\towner").append(i)
                            .append("\t\\N\ttrue\t2026-01-01 00:00:00+00\n");
                    memberships.append(owner).append('\t').append(account).append("\tOWNER\n");
                    if (i % 5 == 0) {
                        UUID dev = UUID.nameUUIDFromBytes(("dev" + i).getBytes());
                        appUsers.append(dev).append("\tdev").append(i).append("\tdev").append(i)
                                .append("@example.com\t").append(HASH).append("\tdev").append(i)
                                .append("\t\\N\ttrue\t2026-01-01 00:00:00+00\n");
                        memberships.append(dev).append('\t').append(account).append("\tMEMBER\n");
                    }
                    for (int k = 0; k < KEYS_PER_ACCOUNT; k++) {
                        String keyName = "Key " + k;
                        String hash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
                        keys.append(UUID.randomUUID()).append('\t').append(account).append('\t').append(keyName)
                                .append('\t').append(keyName.toLowerCase(Locale.ROOT)).append("\tkd_\u2026ab")
                                .append(k % 10).append("x\t").append(hash).append(k < 8 ? "\tACTIVE\t" : "\tDEACTIVATED\t")
                                .append("2026-01-01 00:00:00+00\t").append(owner).append('\n');
                    }
                }
                copy.copyIn("copy account (id, name, status, key_limit, created_at) from stdin",
                        new StringReader(accounts.toString()));
                copy.copyIn("copy app_user (id, username, email, password_hash, display_name, staff_role, enabled,"
                        + " created_at) from stdin", new StringReader(appUsers.toString()));
                copy.copyIn("copy membership (user_id, account_id, role) from stdin",
                        new StringReader(memberships.toString()));
                copy.copyIn("copy api_key (id, account_id, name, name_key, hint, secret_hash, status, created_at,"
                        + " created_by) from stdin", new StringReader(keys.toString()));
            }
            try (var statement = connection.createStatement()) {
                statement.execute("vacuum analyze");
            }
        }
    }
}
