package org.sakhiline.books.pins;

import java.time.Instant;

/**
 * Outcome of a PIN check. {@code remainingTries} is meaningful for WRONG, {@code lockedUntil} for LOCKED.
 * A PIN held for staff (the escalation's last step, see {@link PinLockout}) is LOCKED with {@code held} true
 * and {@link PinLockout#HELD_UNTIL} as its end: only a staff release ends it.
 */
public record PinCheck(Outcome outcome, int remainingTries, Instant lockedUntil, boolean held) {

    /** What the caller should say next. */
    public enum Outcome { OK, WRONG, LOCKED, NOT_SET }

    public PinCheck(Outcome outcome, int remainingTries, Instant lockedUntil) {
        this(outcome, remainingTries, lockedUntil, false);
    }

    public static PinCheck ok() {
        return new PinCheck(Outcome.OK, 0, null);
    }

    public static PinCheck wrong(int remainingTries) {
        return new PinCheck(Outcome.WRONG, remainingTries, null);
    }

    public static PinCheck locked(Instant until) {
        return new PinCheck(Outcome.LOCKED, 0, until);
    }

    /** Locked until staff release it. */
    public static PinCheck heldForStaff() {
        return new PinCheck(Outcome.LOCKED, 0, PinLockout.HELD_UNTIL, true);
    }

    public static PinCheck notSet() {
        return new PinCheck(Outcome.NOT_SET, 0, null);
    }

    public boolean isOk() {
        return outcome == Outcome.OK;
    }
}
