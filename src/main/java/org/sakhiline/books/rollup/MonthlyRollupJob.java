package org.sakhiline.books.rollup;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps {@code month_rollup} current: a fold every minute (the first run on a ledger that was never summarised
 * rebuilds instead) and a full rebuild every night, which also repairs anything a fold could have missed.
 * Instances take turns on the state row's lock, so running on several is harmless.
 */
@ApplicationScoped
public class MonthlyRollupJob {

    private static final Logger LOG = Logger.getLogger(MonthlyRollupJob.class);

    private final MonthlyRollup rollup;

    public MonthlyRollupJob(MonthlyRollup rollup) {
        this.rollup = rollup;
    }

    @Scheduled(identity = "month-rollup-fold", every = "${sakhiline.rollup.fold-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fold() {
        try {
            if (rollup.everRebuilt()) {
                rollup.fold();
            } else {
                rollup.rebuild();
            }
        } catch (RuntimeException e) {
            // Another instance holding the lock, or a database blip: the next run catches up.
            LOG.warnf("monthly roll-up fold skipped: %s", e.toString());
        }
    }

    @Scheduled(identity = "month-rollup-rebuild", cron = "${sakhiline.rollup.rebuild-cron:0 40 21 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rebuild() {
        try {
            rollup.rebuild();
        } catch (RuntimeException e) {
            LOG.warnf("monthly roll-up rebuild failed: %s", e.toString());
        }
    }
}
