package org.sakhiline.reminders;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs the {@link ReminderPlanner} on a schedule, once across instances: a run holds MariaDB's named
 * lock {@code <database>.sakhiline.reminders} (GET_LOCK on a connection of its own, released when the run
 * ends or the connection dies) and another instance that finds it taken skips its turn. Named locks are
 * server-wide, so the name carries the database: two databases on one server (staging beside production,
 * test suites side by side) never hold up each other's planner. Each scheduled run plans
 * from where the last one stopped ({@code reminder_planner_state.planned_until}), at most
 * {@code catch-up} back; dedupe keys keep an overlap harmless.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);
    static final String LOCK = "sakhiline.reminders";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReminderPlanner planner;

    @Inject
    ReminderConfig config;

    @Inject
    Clock clock;

    @Scheduled(identity = "reminder-planner", every = "${sakhiline.reminders.plan-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runScheduled(clock.instant());
    }

    /**
     * Plans from the last planned instant (or {@code now - catch-up}) to {@code now} and records how far
     * it got. Empty when another run holds the lock.
     */
    public Optional<PlanResult> runScheduled(Instant now) {
        return underLock(() -> {
            Instant floor = now.minus(config.catchUp());
            Instant last = plannedUntil();
            Instant from = last == null || last.isBefore(floor) ? floor : last;
            if (!from.isBefore(now)) {
                return PlanResult.empty(from, now);
            }
            PlanResult r = planner.plan(from, now);
            recordRun(now, r);
            return r;
        });
    }

    /** Plans {@code (from, to]} once, for operators; leaves the scheduled job's progress alone. */
    public Optional<PlanResult> runWindow(Instant from, Instant to) {
        return underLock(() -> planner.plan(from, to));
    }

    public Clock clock() {
        return clock;
    }

    private Optional<PlanResult> underLock(Supplier<PlanResult> work) {
        try (Connection lock = dataSource.getConnection()) {
            if (!acquire(lock)) {
                LOG.debug("reminder planner: another run holds the lock, skipping");
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            } finally {
                release(lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reminder planner lock failed", e);
        }
    }

    private static boolean acquire(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(CONCAT(DATABASE(), '.', ?), 0)")) {
            ps.setString(1, LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static void release(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(CONCAT(DATABASE(), '.', ?))")) {
            ps.setString(1, LOCK);
            ps.executeQuery().close();
        }
    }

    private Instant plannedUntil() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT planned_until FROM reminder_planner_state WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            LocalDateTime t = rs.getObject(1, LocalDateTime.class);
            return t == null ? null : t.toInstant(ZoneOffset.UTC);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read reminder planner state", e);
        }
    }

    private void recordRun(Instant plannedUntil, PlanResult r) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE reminder_planner_state SET planned_until = ?, last_run_at = ?,"
                     + " last_run_count = ? WHERE id = 1")) {
            ps.setObject(1, LocalDateTime.ofInstant(plannedUntil, ZoneOffset.UTC));
            ps.setObject(2, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.setInt(3, r.newRows());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record reminder planner state", e);
        }
    }
}
