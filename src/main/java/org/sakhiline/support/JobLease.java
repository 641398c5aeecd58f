package org.sakhiline.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Once-across-instances for scheduled jobs: a row per job in {@code job_lease}, taken by an UPDATE that matches
 * only while the lease has run out, on its own autocommit connection. Not GET_LOCK: named locks are local to
 * one node under Galera. A lease has an owner (this instance and this take, so two threads of one instance
 * exclude each other too) and an expiry: a crashed instance's lease simply runs out. On Galera two nodes taking
 * it at once both match locally, and certification lets one commit and fails the other (error 1213), which
 * counts as "not taken". The database's clock decides expiry, so instances need not agree on the time.
 */
@ApplicationScoped
public class JobLease {

    private final DataSource dataSource;
    private final String instance = "instance:" + UUID.randomUUID();
    private final AtomicLong takes = new AtomicLong();

    public JobLease(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A lease this instance holds until it runs out or is released (closing it releases it). */
    public final class Held implements AutoCloseable {
        private final String job;
        private final String holder;

        private Held(String job, String holder) {
            this.job = job;
            this.holder = holder;
        }

        public String holder() {
            return holder;
        }

        /** Gives the lease back at once, if it is still this one's. */
        @Override
        public void close() {
            run(job, "UPDATE job_lease SET lease_until = UTC_TIMESTAMP(6) WHERE name = ? AND holder = ?", job, holder);
        }
    }

    /** The lease on {@code job} for {@code length}, or empty when someone else holds it. */
    public Optional<Held> take(String job, Duration length) {
        String holder = instance + ":" + takes.incrementAndGet();
        try {
            boolean taken = run(job, "UPDATE job_lease SET holder = ?, lease_until = UTC_TIMESTAMP(6) + INTERVAL ? SECOND"
                    + " WHERE name = ? AND lease_until < UTC_TIMESTAMP(6)", holder, Math.max(1, length.toSeconds()), job);
            return taken ? Optional.of(new Held(job, holder)) : Optional.empty();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && RetryOnDeadlock.isDeadlock(sql)) {
                return Optional.empty();   // another node took it at the same moment (Galera certification) or holds the row
            }
            throw e;
        }
    }

    /** Runs one statement on an autocommit connection; true when it changed the row. */
    private boolean run(String job, String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the " + job + " lease", e);
        }
    }
}
