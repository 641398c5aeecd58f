package org.sakhiline.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.sakhiline.demo.DemoDataGenerator.IdStart;
import org.sakhiline.demo.DemoDataGenerator.Settings;

/** Generates a demo data set straight into a database, on one connection, without an ORM. */
public final class DemoDataWriter {

    /** What was written and how long it took. */
    public record Result(Settings settings, Map<DemoTable, Long> rows, Duration took) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        public String describe() {
            return String.format("%,d members in %,d groups, %,d savings transactions, %,d loans (%,d instalments, "
                            + "%,d repayments), %,d meetings, %,d attendance rows, %,d staff — %,d rows in %.1f s "
                            + "(seed %d, anchor %s)",
                    rows.get(DemoTable.MEMBER), rows.get(DemoTable.SHG_PROFILE), rows.get(DemoTable.SAVINGS_TXN),
                    rows.get(DemoTable.LOAN), rows.get(DemoTable.LOAN_INSTALMENT), rows.get(DemoTable.LOAN_REPAYMENT),
                    rows.get(DemoTable.MEETING), rows.get(DemoTable.MEETING_ATTENDANCE), rows.get(DemoTable.STAFF),
                    total(), took.toMillis() / 1000.0, settings.seed(), settings.anchorDate());
        }
    }

    private DemoDataWriter() {}

    /** Number of org units: the demo data is loaded only into a database that has none. */
    public static long orgUnitCount(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM org_unit")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Writes the data set. Refuses when the database already has org units (codes and idempotency
     * keys would clash). Ids continue after the highest id already in each table. PINs are hashed
     * with the service's own {@code PinHasher} so the demo PINs verify like real ones.
     */
    public static Result write(DataSource dataSource, Settings settings, int chunkRows,
                               DemoDataGenerator.PinHashFunction pinHasher) throws SQLException {
        if (orgUnitCount(dataSource) > 0) {
            throw new IllegalStateException("the database already has org units: demo data loads only into an empty ledger");
        }
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            try (Statement st = c.createStatement()) {
                st.execute("SET time_zone = '+00:00'"); // created_at values are UTC wall-clock times
            }
            IdStart ids = idStart(c);
            try (JdbcRowSink sink = new JdbcRowSink(c, chunkRows)) {
                new DemoDataGenerator(settings, ids, pinHasher).generate(sink);
                sink.flush();
                return new Result(settings, sink.written(), Duration.ofNanos(System.nanoTime() - started));
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static IdStart idStart(Connection c) throws SQLException {
        return new IdStart(next(c, "org_unit"), next(c, "member"), next(c, "member_phone"), next(c, "staff"),
                next(c, "savings_txn"), next(c, "loan"), next(c, "loan_instalment"), next(c, "loan_repayment"),
                next(c, "loan_allocation"), next(c, "meeting"));
    }

    private static long next(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
