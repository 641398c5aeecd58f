package org.sakhiline.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes generated rows with JDBC batches: one prepared INSERT per table, executed at checkpoints in
 * foreign-key order and committed every {@code chunkRows} rows. MariaDB Connector/J 3 sends an
 * INSERT batch as one bulk command (useBulkStmtsForInserts is on by default), so there is no round
 * trip per row.
 */
final class JdbcRowSink implements RowSink, AutoCloseable {

    private final Connection connection;
    private final int chunkRows;
    private final PreparedStatement[] statements = new PreparedStatement[DemoTable.values().length];
    private final int[] pending = new int[DemoTable.values().length];
    private final long[] written = new long[DemoTable.values().length];
    private int pendingTotal;

    JdbcRowSink(Connection connection, int chunkRows) throws SQLException {
        this.connection = connection;
        this.chunkRows = chunkRows;
        connection.setAutoCommit(false);
        for (DemoTable t : DemoTable.values()) {
            statements[t.ordinal()] = connection.prepareStatement(t.insertSql());
        }
    }

    @Override
    public void row(DemoTable table, Object... values) {
        PreparedStatement ps = statements[table.ordinal()];
        try {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof Long l) {
                    ps.setLong(i + 1, l);
                } else if (v instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else if (v instanceof String s) {
                    ps.setString(i + 1, s);
                } else if (v instanceof Boolean b) {
                    ps.setBoolean(i + 1, b);
                } else {
                    ps.setObject(i + 1, v); // null, LocalDate, LocalTime, LocalDateTime (UTC)
                }
            }
            ps.addBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add a " + table.tableName + " row: " + e.getMessage(), e);
        }
        pending[table.ordinal()]++;
        pendingTotal++;
    }

    @Override
    public void checkpoint() {
        if (pendingTotal >= chunkRows) {
            flush();
        }
    }

    void flush() {
        try {
            for (DemoTable t : DemoTable.values()) {
                if (pending[t.ordinal()] > 0) {
                    statements[t.ordinal()].executeBatch();
                    written[t.ordinal()] += pending[t.ordinal()];
                    pending[t.ordinal()] = 0;
                }
            }
            connection.commit();
            pendingTotal = 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write demo data: " + e.getMessage(), e);
        }
    }

    Map<DemoTable, Long> written() {
        Map<DemoTable, Long> counts = new EnumMap<>(DemoTable.class);
        for (DemoTable t : DemoTable.values()) {
            counts.put(t, written[t.ordinal()]);
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements) {
            if (ps != null) {
                ps.close();
            }
        }
    }
}
