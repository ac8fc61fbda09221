package dev.keydesk.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Copies every table of one Keydesk database into another of the same schema version, row by row
 * with the values as they are (ids, hashes, timestamps), parents before children. Generic: the tables
 * and columns come from the target's catalogue, so tables of later migrations are copied too. The
 * caller owns the target's transaction; this class neither commits nor rolls back.
 */
final class DatabaseCopy {

    static final String HISTORY_TABLE = "flyway_schema_history";
    private static final int BATCH = 500;

    private final Connection source;
    private final Connection target;

    DatabaseCopy(Connection source, Connection target) {
        this.source = source;
        this.target = target;
    }

    /** The target's tables with at least one row; a copy goes only into a database without any. */
    Set<String> targetTablesWithRows() throws SQLException {
        Set<String> filled = new TreeSet<>();
        for (String table : tables(target)) {
            if (count(target, table) > 0) {
                filled.add(table);
            }
        }
        return filled;
    }

    /** Copies all rows; returns the number of rows per table, in the order they were copied. */
    Map<String, Long> copyAll() throws SQLException {
        Set<String> targetTables = tables(target);
        Set<String> sourceTables = tables(source);
        if (!sourceTables.equals(targetTables)) {
            throw new MigrationRefusedException("The two databases have different tables (H2: " + sourceTables
                    + ", PostgreSQL: " + targetTables + "), although their schema versions match.");
        }
        Map<String, List<String>> parents = new TreeMap<>();
        for (String table : targetTables) {
            parents.put(table, referencedTables(table));
        }
        Map<String, Long> copied = new LinkedHashMap<>();
        for (String table : TableOrder.parentsFirst(parents)) {
            long rows = copyTable(table);
            long expected = count(source, table);
            if (rows != expected || count(target, table) != expected) {
                throw new MigrationRefusedException("Table " + table + ": copied " + rows + " rows of " + expected
                        + "; nothing is kept.");
            }
            advanceSequences(table);
            copied.put(table, rows);
        }
        return copied;
    }

    private long copyTable(String table) throws SQLException {
        List<Column> columns = columns(table);
        String names = String.join(", ", columns.stream().map(column -> quote(column.name())).toList());
        String select = "select " + names + " from " + quote(table);
        String insert = "insert into " + quote(table) + " (" + names + ") values ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
        long rows = 0;
        try (Statement read = source.createStatement(); PreparedStatement write = target.prepareStatement(insert)) {
            read.setFetchSize(BATCH);
            try (ResultSet result = read.executeQuery(select)) {
                ResultSetMetaData types = result.getMetaData();
                while (result.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        bind(write, i, columns.get(i - 1), result, types.getColumnType(i));
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        return rows;
    }

    /** Reads a value in the Java type that keeps it exact (instants with their offset, no time-zone shifts). */
    private void bind(PreparedStatement write, int index, Column column, ResultSet result, int sourceType)
            throws SQLException {
        @Nullable Object value = switch (sourceType) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> result.getObject(index, OffsetDateTime.class);
            case Types.TIMESTAMP -> result.getObject(index, LocalDateTime.class);
            case Types.DATE -> result.getObject(index, LocalDate.class);
            case Types.TIME -> result.getObject(index, LocalTime.class);
            case Types.ARRAY -> array(result.getArray(index), column);
            default -> result.getObject(index);
        };
        if (value == null) {
            write.setNull(index, column.jdbcType());
        } else if (column.typeName().startsWith("json")) {
            write.setObject(index, value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                    : value.toString(), Types.OTHER);
        } else {
            write.setObject(index, value);
        }
    }

    private @Nullable Object array(@Nullable Array array, Column column) throws SQLException {
        if (array == null) {
            return null;
        }
        // PostgreSQL names an array type after its element with a leading underscore: _text is text[].
        String elementType = column.typeName().startsWith("_") ? column.typeName().substring(1) : column.typeName();
        return target.createArrayOf(elementType, (Object[]) array.getArray());
    }

    /** Serial and identity columns: the next generated value must follow the copied ones. */
    private void advanceSequences(String table) throws SQLException {
        for (Column column : columns(table)) {
            try (PreparedStatement find = target.prepareStatement("select pg_get_serial_sequence(?, ?)")) {
                find.setString(1, quote(table));
                find.setString(2, column.name());
                try (ResultSet sequence = find.executeQuery()) {
                    if (sequence.next() && sequence.getString(1) != null) {
                        try (PreparedStatement set = target.prepareStatement("select setval(?, coalesce((select max("
                                + quote(column.name()) + ") from " + quote(table) + "), 0) + 1, false)")) {
                            set.setString(1, sequence.getString(1));
                            set.execute();
                        }
                    }
                }
            }
        }
    }

    record Column(String name, int jdbcType, String typeName) {
    }

    private List<Column> columns(String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        List<String> sourceColumns = new ArrayList<>();
        try (ResultSet result = target.getMetaData().getColumns(null, target.getSchema(), table, null)) {
            while (result.next()) {
                columns.add(new Column(result.getString("COLUMN_NAME"), result.getInt("DATA_TYPE"),
                        result.getString("TYPE_NAME").toLowerCase(Locale.ROOT)));
            }
        }
        try (ResultSet result = source.getMetaData().getColumns(null, source.getSchema(), table, null)) {
            while (result.next()) {
                sourceColumns.add(result.getString("COLUMN_NAME"));
            }
        }
        Set<String> targetNames = new TreeSet<>(columns.stream().map(Column::name).toList());
        if (!targetNames.equals(new TreeSet<>(sourceColumns))) {
            throw new MigrationRefusedException("Table " + table + " has different columns (H2: "
                    + new TreeSet<>(sourceColumns) + ", PostgreSQL: " + targetNames + ").");
        }
        return columns;
    }

    private List<String> referencedTables(String table) throws SQLException {
        List<String> referenced = new ArrayList<>();
        DatabaseMetaData metadata = target.getMetaData();
        try (ResultSet keys = metadata.getImportedKeys(null, target.getSchema(), table)) {
            while (keys.next()) {
                referenced.add(keys.getString("PKTABLE_NAME"));
            }
        }
        return referenced;
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet result = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (result.next()) {
                tables.add(result.getString("TABLE_NAME"));
            }
        }
        tables.remove(HISTORY_TABLE);
        return tables;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from " + quote(table))) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Names come from the databases' own catalogues, never from input; quoted all the same. */
    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
