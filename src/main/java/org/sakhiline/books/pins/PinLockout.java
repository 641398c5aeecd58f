package org.sakhiline.books.pins;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The PIN lockout rule, as a pure function of a PIN's stored state and one entry. Member and staff PINs
 * follow it alike, on every channel (their counters live on the member or staff row, so USSD, voice and SMS
 * draw on one budget).
 * <ul>
 *   <li>{@value #MAX_TRIES} wrong tries in a row lock the PIN; the locks escalate: {@link #LOCK_STEPS} (30 minutes,
 *       then 4 hours), and the next run of wrong tries holds it until staff release it ({@code held}).</li>
 *   <li>At most {@value #DAILY_WRONG_BUDGET} wrong tries in {@link #BUDGET_WINDOW} from the first of them, however
 *       they are spread: the one that spends the budget locks the PIN until the window ends. A right PIN does not
 *       refill it, so someone guessing between her own right entries still gets no more than that a day.</li>
 *   <li>A right PIN clears the run of wrong tries and the escalation; a lock that has run out starts a fresh run
 *       at the level it reached.</li>
 * </ul>
 * Why these numbers: 4 digits are 10,000 PINs. Without escalation a 30-minute lock allowed ~144 guesses a day;
 * now a guesser gets 9 tries in all before the PIN is held, and never more than 8 a day.
 */
public final class PinLockout {

    public static final int MAX_TRIES = 3;
    /** Lock after the 1st, 2nd, … run of wrong tries; one run more than listed holds the PIN. */
    public static final List<Duration> LOCK_STEPS = List.of(Duration.ofMinutes(30), Duration.ofHours(4));
    public static final Duration LOCK_DURATION = LOCK_STEPS.get(0);
    public static final int DAILY_WRONG_BUDGET = 8;
    public static final Duration BUDGET_WINDOW = Duration.ofHours(24);
    /** What a held PIN reports as its lock's end, for callers that only know "locked until": never. */
    public static final Instant HELD_UNTIL = Instant.parse("9999-12-31T23:59:59Z");

    private PinLockout() {}

    /**
     * A PIN as stored: its hash (null when none is set), failures in a row, the end of a lock, how many locks
     * the escalation has reached, whether it is held for staff, and the daily budget's window and wrong tries.
     */
    public record PinState(String hash, int failedAttempts, Instant lockedUntil, int lockLevel, boolean held,
                           Instant windowStart, int windowWrong) {

        /** A PIN with no escalation or budget spent (a fresh PIN, a fixture). */
        public PinState(String hash, int failedAttempts, Instant lockedUntil) {
            this(hash, failedAttempts, lockedUntil, 0, false, null, 0);
        }

        /** The same PIN with other counters. */
        PinState counters(int failed, Instant until, int level, boolean isHeld, Instant start, int wrong) {
            return new PinState(hash, failed, until, level, isHeld, start, wrong);
        }
    }

    /** Judges one entry ({@code correct}: the PIN matched the hash) against the state before it. */
    public static PinEntry judge(PinState before, boolean correct, Instant now) {
        if (before.hash() == null) {
            return unchanged(PinCheck.notSet(), before);
        }
        if (before.held()) {
            return unchanged(PinCheck.heldForStaff(), before);
        }
        Instant until = before.lockedUntil();
        if (until != null && now.isBefore(until)) {
            return unchanged(PinCheck.locked(until), before);
        }
        int failed = until != null ? 0 : before.failedAttempts(); // a lock that has run out: a fresh run
        int level = before.lockLevel();
        Instant start = before.windowStart();
        int wrong = before.windowWrong();
        if (start != null && !now.isBefore(start.plus(BUDGET_WINDOW))) {
            start = null; // the budget's day is over
            wrong = 0;
        }
        if (correct) {
            PinState after = before.counters(0, null, 0, false, start, wrong);
            return new PinEntry(PinCheck.ok(), after, !after.equals(before));
        }
        failed++;
        wrong++;
        if (start == null) {
            start = now;
        }
        Instant budgetEnd = wrong >= DAILY_WRONG_BUDGET ? start.plus(BUDGET_WINDOW) : null;
        if (failed >= MAX_TRIES) {
            level++;
            if (level > LOCK_STEPS.size()) {
                return new PinEntry(PinCheck.heldForStaff(), before.counters(failed, null, level, true, start, wrong), true);
            }
            Instant lockedUntil = later(now.plus(LOCK_STEPS.get(level - 1)), budgetEnd);
            return new PinEntry(PinCheck.locked(lockedUntil), before.counters(failed, lockedUntil, level, false, start, wrong), true);
        }
        if (budgetEnd != null) {
            return new PinEntry(PinCheck.locked(budgetEnd), before.counters(failed, budgetEnd, level, false, start, wrong), true);
        }
        int left = Math.min(MAX_TRIES - failed, DAILY_WRONG_BUDGET - wrong);
        return new PinEntry(PinCheck.wrong(left), before.counters(failed, null, level, false, start, wrong), true);
    }

    /** The state after staff release her PIN: no run, no lock, no escalation, a full budget. */
    public static PinState released(PinState before) {
        return before.counters(0, null, 0, false, null, 0);
    }

    private static PinEntry unchanged(PinCheck check, PinState state) {
        return new PinEntry(check, state, false);
    }

    private static Instant later(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
