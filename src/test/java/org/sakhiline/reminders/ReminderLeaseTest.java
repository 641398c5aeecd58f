package org.sakhiline.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.support.JobLease;

/**
 * The reminder planner runs once across instances under a lease row with an owner and an expiry (not GET_LOCK,
 * node-local on Galera): two planners at once plan once, a held lease makes a run skip, a crashed instance's
 * lease runs out.
 */
@QuarkusTest
class ReminderLeaseTest {

    @Inject
    JobLease lease;
    @Inject
    ReminderJob job;
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void leaseRunsOut() throws SQLException {
        setLease(null, "UTC_TIMESTAMP(6) - INTERVAL 1 SECOND");
    }

    @Test
    void twoTakersAtOnceGetOneLease() throws Exception {
        for (int round = 0; round < 5; round++) {
            leaseRunsOut();
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Optional<JobLease.Held>>> takers = List.of(
                    CompletableFuture.supplyAsync(() -> { await(together); return lease.take(ReminderJob.LEASE, Duration.ofMinutes(1)); }),
                    CompletableFuture.supplyAsync(() -> { await(together); return lease.take(ReminderJob.LEASE, Duration.ofMinutes(1)); }));
            int held = 0;
            for (CompletableFuture<Optional<JobLease.Held>> t : takers) {
                held += t.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            assertEquals(1, held, "round " + round);
        }
    }

    @Test
    void twoPlannersAtOncePlanOnce() throws Exception {
        // Each planner holds the lease for its whole run: of two started together one plans, the other skips or
        // (if the first has finished) finds nothing left to plan.
        Instant now = Instant.parse("2027-01-05T10:00:00Z");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE reminder_planner_state SET planned_until = NULL WHERE id = 1")) {
            ps.executeUpdate();
        }
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Optional<PlanResult>>> planners = List.of(
                CompletableFuture.supplyAsync(() -> { await(together); return job.runScheduled(now); }),
                CompletableFuture.supplyAsync(() -> { await(together); return job.runScheduled(now); }));
        int planned = 0;
        for (CompletableFuture<Optional<PlanResult>> p : planners) {
            Optional<PlanResult> r = p.get(60, TimeUnit.SECONDS);
            planned += r.isPresent() && r.get().from().isBefore(now) ? 1 : 0;
        }
        assertEquals(1, planned, "one planner planned the window");
    }

    @Test
    void aRunSkipsWhileAnotherInstanceHoldsTheLeaseAndGoesAheadOnceItRunsOut() throws SQLException {
        setLease("instance:crashed", "UTC_TIMESTAMP(6) + INTERVAL 10 MINUTE");
        assertTrue(job.runScheduled(Instant.parse("2027-02-01T10:00:00Z")).isEmpty(), "held by a live lease elsewhere");

        setLease("instance:crashed", "UTC_TIMESTAMP(6) - INTERVAL 1 SECOND");
        assertTrue(job.runScheduled(Instant.parse("2027-02-01T10:00:00Z")).isPresent(), "the crashed instance's lease ran out");
    }

    @Test
    void aReleasedLeaseCanBeTakenAtOnce() {
        JobLease.Held first = lease.take(ReminderJob.LEASE, Duration.ofMinutes(5)).orElseThrow();
        assertTrue(lease.take(ReminderJob.LEASE, Duration.ofMinutes(5)).isEmpty(), "the same instance's second taker waits too");
        first.close();
        try (JobLease.Held again = lease.take(ReminderJob.LEASE, Duration.ofMinutes(5)).orElseThrow()) {
            assertTrue(again.holder().startsWith("instance:"));
        }
    }

    private void setLease(String holder, String until) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE job_lease SET holder = ?, lease_until = " + until + " WHERE name = ?")) {
            ps.setString(1, holder);
            ps.setString(2, ReminderJob.LEASE);
            assertEquals(1, ps.executeUpdate());
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
