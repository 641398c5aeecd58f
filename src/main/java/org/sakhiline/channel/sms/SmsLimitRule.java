package org.sakhiline.channel.sms;

import java.time.Duration;
import java.time.Instant;

/**
 * The counting rule behind the SMS money limits, as pure functions of a counter's stored state: events (wrong
 * codes or PINs, or messages) are counted in a fixed window that starts with the first one; the
 * {@code max}-th event in a window locks the subject for {@code lockFor} and starts the count afresh, so
 * after a lock she has {@code max} tries again. A sender's message budget uses the same count without a lock.
 */
public final class SmsLimitRule {

    private SmsLimitRule() {}

    /** A counter as stored ({@code sms_limit}); {@link #NONE} when there is no row yet. */
    public record Counter(int events, Instant windowStart, Instant lockedUntil) {}

    public static final Counter NONE = new Counter(0, null, null);

    /** At most {@code max} events per {@code window}; reaching it locks for {@code lockFor}. */
    public record Limit(int max, Duration window, Duration lockFor) {}

    /** The end of the lock in force at {@code now}, or null. */
    public static Instant lockedUntil(Counter c, Instant now) {
        return c.lockedUntil() != null && now.isBefore(c.lockedUntil()) ? c.lockedUntil() : null;
    }

    /** The counter after one more failure; its {@code lockedUntil} is in the future when this one locked it. */
    public static Counter fail(Counter before, Limit limit, Instant now) {
        Counter c = fresh(before, limit, now);
        int events = c.events() + 1;
        if (events >= limit.max()) {
            return new Counter(0, now, now.plus(limit.lockFor()));
        }
        return new Counter(events, c.windowStart(), before.lockedUntil());
    }

    /** The counter after one more message from a sender (no lock: see {@link #budget}). */
    public static Counter message(Counter before, Limit limit, Instant now) {
        Counter c = fresh(before, limit, now);
        return new Counter(c.events() + 1, c.windowStart(), null);
    }

    /** What a sender's message gets, given the counter after it: an answer, one notice when over, then silence. */
    public enum Budget { ANSWER, NOTICE, SILENCE }

    public static Budget budget(Counter after, Limit limit) {
        if (after.events() <= limit.max()) {
            return Budget.ANSWER;
        }
        return after.events() == limit.max() + 1 ? Budget.NOTICE : Budget.SILENCE;
    }

    /** Minutes (rounded up, at least 1) until {@code until}: what a locked-out mitra is told. */
    public static long minutesUntil(Instant until, Instant now) {
        long seconds = Math.max(0, Duration.between(now, until).getSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }

    private static Counter fresh(Counter before, Limit limit, Instant now) {
        boolean expired = before.windowStart() == null || !now.isBefore(before.windowStart().plus(limit.window()));
        return expired ? new Counter(0, now, before.lockedUntil()) : before;
    }
}
