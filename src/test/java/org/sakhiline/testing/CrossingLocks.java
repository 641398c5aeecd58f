package org.sakhiline.testing;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A real deadlock on one MariaDB server, with the service as its victim: this test connection holds the row the
 * service's transaction will want second, waits until the service holds the row it takes first, and then asks for
 * that one. InnoDB sees the cycle and rolls back the lighter transaction — the service's, since this one has
 * written a few hundred rows first (rolled back at the end). What a Galera certification conflict does at commit,
 * a deadlock does here mid-transaction: the same error (1213) reaches the same boundary.
 */
public final class CrossingLocks {

    private final DataSource dataSource;

    public CrossingLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A row: the table, its key column and key. */
    public record Row(String table, String keyColumn, Object key) {
        String forUpdate(boolean skipLocked) {
            return "SELECT " + keyColumn + " FROM " + table + " WHERE " + keyColumn + " = ? FOR UPDATE"
                    + (skipLocked ? " SKIP LOCKED" : "");
        }
    }

    /**
     * Runs {@code service} on another thread across the crossing locks and returns what it returned. Throws when the
     * deadlock did not have the service as its victim (this side's statement failed) — then nothing was proven.
     *
     * @param first  the row the service locks first
     * @param second the row the service locks after it, held here from the start
     */
    public <T> T deadlock(Row first, Row second, Supplier<T> service) throws Exception {
        CompletableFuture<T> running;
        try (Connection here = dataSource.getConnection()) {
            here.setAutoCommit(false);
            try {
                weigh(here);
                lock(here, second, false);
                running = CompletableFuture.supplyAsync(service);
                await().atMost(Duration.ofSeconds(30)).until(() -> running.isDone() || heldElsewhere(first));
                if (running.isDone()) {
                    throw new IllegalStateException("the service finished without waiting: " + running.get());
                }
                lock(here, first, false);   // the cycle: InnoDB rolls the service's transaction back, this one goes on
            } finally {
                here.rollback();
            }
        }
        return running.get(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Some hundred rows written, so that this transaction weighs more than the service's and is not the victim. */
    private static void weigh(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO client_request (idempotency_key, request_hash) VALUES (?, ?)")) {
            String batch = "crossing-locks:" + UUID.randomUUID() + ":";
            for (int i = 0; i < 300; i++) {
                ps.setString(1, batch + i);
                ps.setString(2, "0".repeat(64));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void lock(Connection c, Row row, boolean skipLocked) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(row.forUpdate(skipLocked))) {
            ps.setObject(1, row.key());
            ps.executeQuery().close();
        }
    }

    /** True while another transaction holds the row (a locking read that skips locked rows finds nothing). */
    private boolean heldElsewhere(Row row) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(row.forUpdate(true))) {
            ps.setObject(1, row.key());
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next();
            }
        }
    }
}
