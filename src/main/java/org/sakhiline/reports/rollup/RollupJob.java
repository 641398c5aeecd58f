package org.sakhiline.reports.rollup;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sakhiline.support.JobLease;
import org.sakhiline.reports.ReportsConfig;

/**
 * Keeps the report roll-ups current, once across instances (the {@code report-rollup} lease row): every
 * minute the groups whose books changed, and a full rebuild just after midnight India time, when "today"
 * moves on for portfolio at risk and a new month may begin.
 */
@ApplicationScoped
public class RollupJob {

    private static final Logger LOG = Logger.getLogger(RollupJob.class);
    static final String LEASE = "report-rollup";
    static final ZoneId REPORTING_ZONE = ZoneId.of("Asia/Kolkata");

    private final ReportRollup rollup;
    private final JobLease lease;
    private final ReportsConfig config;

    public RollupJob(ReportRollup rollup, JobLease lease, ReportsConfig config) {
        this.rollup = rollup;
        this.lease = lease;
        this.config = config;
    }

    /** Refreshes changed groups; on a database whose roll-ups were never built (a new deploy), builds them first. */
    @Scheduled(identity = "report-rollup-refresh", every = "${sakhiline.reports.refresh-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshScheduled() {
        if (rollup.built()) {
            refresh();
        } else {
            rebuild(LocalDate.now(REPORTING_ZONE));
        }
    }

    @Scheduled(identity = "report-rollup-rebuild", cron = "${sakhiline.reports.rebuild-cron:0 5 0 * * ?}",
            timeZone = "Asia/Kolkata", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rebuildScheduled() {
        rebuild(LocalDate.now(REPORTING_ZONE));
    }

    /** Empty when another run (here or on another instance) holds the lease. */
    public Optional<ReportRollup.Run> refresh() {
        return underLease(Duration.ofMinutes(10), rollup::refresh);
    }

    /** Rebuilds every group with PAR on {@code today}; empty when another run holds the lease. */
    public Optional<ReportRollup.Run> rebuild(LocalDate today) {
        Optional<ReportRollup.Run> run = underLease(Duration.ofHours(1), () -> rollup.rebuild(today, config.rollupMonths()));
        run.ifPresent(r -> LOG.infof("report roll-up rebuilt: %d groups, %d rows, %s..%s, PAR on %s", r.groups(), r.rows(),
                r.firstMonth(), r.lastMonth(), r.parAsOf()));
        return run;
    }

    private Optional<ReportRollup.Run> underLease(Duration length, java.util.function.Supplier<ReportRollup.Run> work) {
        Optional<JobLease.Held> held = lease.take(LEASE, length);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        try (JobLease.Held run = held.get()) {
            return Optional.of(work.get());
        }
    }
}
