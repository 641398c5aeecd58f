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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.sakhiline.support.JobLease;

/**
 * Runs the {@link ReminderPlanner} on a schedule, once across instances: a run holds the {@code reminders}
 * lease row ({@link JobLease}; not GET_LOCK, which is local to one Galera node) and another instance — or
 * another thread here — that finds it held skips its turn. The lease outlasts any sane run and is given back
 * when the run ends; an instance that dies mid-run holds it until it runs out. Each scheduled run plans
 * from where the last one stopped ({@code reminder_planner_state.planned_until}), at most
 * {@code catch-up} back; dedupe keys keep an overlap harmless.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);
    static final String LEASE = "reminders";
    /** Longer than any run takes; only a crashed instance's lease is ever left to run out. */
    static final Duration LEASE_LENGTH = Duration.ofMinutes(10);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    JobLease lease;

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
     * it got. Empty when another run holds the lease.
     */
    public Optional<PlanResult> runScheduled(Instant now) {
        return underLease(() -> {
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
        return underLease(() -> planner.plan(from, to));
    }

    public Clock clock() {
        return clock;
    }

    private Optional<PlanResult> underLease(Supplier<PlanResult> work) {
        Optional<JobLease.Held> held = lease.take(LEASE, LEASE_LENGTH);
        if (held.isEmpty()) {
            LOG.debug("reminder planner: another run holds the lease, skipping");
            return Optional.empty();
        }
        try (JobLease.Held run = held.get()) {
            return Optional.of(work.get());
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
