package org.sakhiline.books.pins;

import java.time.Instant;

/**
 * Outcome of a PIN check. {@code remainingTries} is meaningful for WRONG, {@code lockedUntil} for LOCKED.
 */
public record PinCheck(Outcome outcome, int remainingTries, Instant lockedUntil) {

    /** What the caller should say next. */
    public enum Outcome { OK, WRONG, LOCKED, NOT_SET }

    public static PinCheck ok() {
        return new PinCheck(Outcome.OK, 0, null);
    }

    public static PinCheck wrong(int remainingTries) {
        return new PinCheck(Outcome.WRONG, remainingTries, null);
    }

    public static PinCheck locked(Instant until) {
        return new PinCheck(Outcome.LOCKED, 0, until);
    }

    public static PinCheck notSet() {
        return new PinCheck(Outcome.NOT_SET, 0, null);
    }

    public boolean isOk() {
        return outcome == Outcome.OK;
    }
}
