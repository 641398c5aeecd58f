package org.sakhiline.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * The circuit breaker in front of the hop database. After {@code failuresToOpen} failures in a row
 * (no connection within the wait, a query without an answer, a broken connection) it opens: hops answer
 * "service busy" at once without touching the stalled database. After {@code openFor} one hop on a worker
 * thread runs the probe (a bounded {@code SELECT 1}, see HopConnections): success closes the breaker and the
 * hop goes on, failure opens it for another round and the hop is answered "busy".
 * Pure state over a clock, so the rule is tested without a database.
 */
public final class HopBreaker {

    private static final Logger LOG = Logger.getLogger(HopBreaker.class);

    /** What a hop may do now. */
    public enum Admission {
        /** Use the database as usual. */
        GO,
        /** Use it, as the one probe after an open spell (never on an I/O thread). */
        PROBE,
        /** Do not touch it: answer "service busy". */
        BUSY
    }

    private final int failuresToOpen;
    private final long openForNanos;
    private final LongSupplier nanoClock;
    private final AtomicInteger failuresInARow = new AtomicInteger();
    /** When the open spell ends (nanoTime); 0 = closed. */
    private final AtomicLong openUntil = new AtomicLong();
    private final AtomicBoolean probing = new AtomicBoolean();

    public HopBreaker(int failuresToOpen, Duration openFor, LongSupplier nanoClock) {
        this.failuresToOpen = Math.max(1, failuresToOpen);
        this.openForNanos = openFor.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Whether this hop may use the database; a PROBE must be answered by {@link #succeeded} or {@link #failed}. */
    public Admission admit(boolean mayProbe) {
        long until = openUntil.get();
        if (until == 0) {
            return Admission.GO;
        }
        if (nanoClock.getAsLong() - until < 0 || !mayProbe) {
            return Admission.BUSY;
        }
        return probing.compareAndSet(false, true) ? Admission.PROBE : Admission.BUSY;
    }

    /** True while hops are answered "busy" without the database, probe or not. */
    public boolean isOpen() {
        return openUntil.get() != 0;
    }

    /** Open, and its spell over: the next hop that may probe (a worker) will. */
    public boolean awaitsProbe() {
        long until = openUntil.get();
        return until != 0 && nanoClock.getAsLong() - until >= 0 && !probing.get();
    }

    /** The database answered a hop (well or with a refusal): failures are no longer "in a row". */
    public void answered() {
        failuresInARow.set(0);
    }

    public void succeeded() {
        failuresInARow.set(0);
        if (openUntil.getAndSet(0) != 0) {
            LOG.info("hop database answers again: circuit closed");
        }
        probing.set(false);
    }

    public void failed(Throwable cause) {
        int n = failuresInARow.incrementAndGet();
        boolean wasProbe = probing.getAndSet(false);
        if (n >= failuresToOpen || wasProbe) {
            long until = nanoClock.getAsLong() + openForNanos;
            if (openUntil.getAndSet(until == 0 ? 1 : until) == 0 || wasProbe) {
                LOG.warnf("hop database unavailable (%s): answering \"busy\" for %d ms before the next probe",
                        cause, openForNanos / 1_000_000);
            }
        }
    }
}
