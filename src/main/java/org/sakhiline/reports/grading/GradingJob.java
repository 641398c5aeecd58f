package org.sakhiline.reports.grading;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import org.jboss.logging.Logger;
import org.sakhiline.support.JobLease;

/** Regrades every group nightly, once across instances (the {@code grading} lease row, not GET_LOCK). */
@ApplicationScoped
public class GradingJob {

    private static final Logger LOG = Logger.getLogger(GradingJob.class);
    static final String LEASE = "grading";
    public static final String ACTOR = "system:grading";

    private final PanchasutraGrading grading;
    private final JobLease lease;

    public GradingJob(PanchasutraGrading grading, JobLease lease) {
        this.grading = grading;
        this.lease = lease;
    }

    @Scheduled(identity = "panchasutra-grading", cron = "${sakhiline.reports.grading.cron:0 30 1 * * ?}",
            timeZone = "Asia/Kolkata", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run(null, LocalDate.now(ZoneId.of("Asia/Kolkata")), ACTOR);
    }

    /** Regrades the subtree (null: all); empty when another run holds the lease. */
    public OptionalInt run(Long rootUnitId, LocalDate asOf, String actor) {
        Optional<JobLease.Held> held = lease.take(LEASE, Duration.ofHours(2));
        if (held.isEmpty()) {
            LOG.info("grading: another run holds the lease, skipping");
            return OptionalInt.empty();
        }
        try (JobLease.Held run = held.get()) {
            int n = grading.regradeAll(rootUnitId, asOf, actor);
            LOG.infof("grading: %d groups graded as of %s by %s", n, asOf, actor);
            return OptionalInt.of(n);
        }
    }
}
