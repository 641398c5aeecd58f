package org.sakhiline.books.pins;

import java.time.Duration;
import java.time.Instant;

/**
 * The PIN lockout rule, as a pure function of a PIN's stored state and one entry: {@value #MAX_TRIES} wrong
 * tries in a row lock the PIN for {@link #LOCK_DURATION}; a right PIN clears the count; once a lock has run
 * out the count starts afresh. Member and staff PINs follow it alike.
 */
public final class PinLockout {

    public static final int MAX_TRIES = 3;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(30);

    private PinLockout() {}

    /** A PIN as stored: its hash (null when none is set), failures in a row and the end of a lock. */
    public record PinState(String hash, int failedAttempts, Instant lockedUntil) {}

    /** Judges one entry ({@code correct}: the PIN matched the hash) against the state before it. */
    public static PinEntry judge(PinState before, boolean correct, Instant now) {
        int failed = before.failedAttempts();
        Instant until = before.lockedUntil();
        if (before.hash() == null) {
            return new PinEntry(PinCheck.notSet(), failed, until, false);
        }
        if (until != null && now.isBefore(until)) {
            return new PinEntry(PinCheck.locked(until), failed, until, false);
        }
        if (until != null) {
            failed = 0; // the lock has run out: a fresh count
        }
        if (correct) {
            return new PinEntry(PinCheck.ok(), 0, null, failed != 0 || until != null);
        }
        failed++;
        if (failed >= MAX_TRIES) {
            Instant lockedUntil = now.plus(LOCK_DURATION);
            return new PinEntry(PinCheck.locked(lockedUntil), failed, lockedUntil, true);
        }
        return new PinEntry(PinCheck.wrong(MAX_TRIES - failed), failed, null, true);
    }
}
