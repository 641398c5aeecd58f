package org.sakhiline.support;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Spaces events to at most {@code perSecond} across every thread of this instance: each caller takes the
 * next free slot, one interval after the previous one, and waits for it. An idle pacer saves up no
 * credit (no burst after a pause), since providers count the rate over short windows. Thread-safe.
 */
public final class RatePacer {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final LongConsumer park;
    private boolean started;
    private long nextSlot;

    /** @param perSecond events per second; 0 or less: no limit */
    public RatePacer(double perSecond) {
        this(perSecond, System::nanoTime, LockSupport::parkNanos);
    }

    /** With a clock and a way to wait of the caller's choosing (tests pass fakes). */
    public RatePacer(double perSecond, LongSupplier nanoTime, LongConsumer park) {
        this.intervalNanos = perSecond > 0 ? (long) (1_000_000_000L / perSecond) : 0;
        this.nanoTime = nanoTime;
        this.park = park;
    }

    /** Blocks until the caller's slot; returns the nanoseconds it had to wait. */
    public long acquire() {
        long wait = reserve();
        long deadline = nanoTime.getAsLong() + wait;
        for (long left = wait; left > 0; ) {
            park.accept(left);
            // A park may return early (spurious wake-up): wait on for the rest, while the clock moves.
            long rest = deadline - nanoTime.getAsLong();
            if (rest >= left) {
                break;
            }
            left = rest;
        }
        return wait;
    }

    /** Takes the next slot and returns how long until it starts (0: now). */
    public long reserve() {
        if (intervalNanos == 0) {
            return 0;
        }
        synchronized (this) {
            long now = nanoTime.getAsLong();
            // nanoTime may be negative: the first slot is "now", not some fixed origin.
            long slot = started ? Math.max(now, nextSlot) : now;
            started = true;
            nextSlot = slot + intervalNanos;
            return slot - now;
        }
    }
}
