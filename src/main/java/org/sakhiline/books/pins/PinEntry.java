package org.sakhiline.books.pins;

import java.time.Instant;
import org.sakhiline.books.pins.PinLockout.PinState;

/**
 * One PIN entry, judged: the answer, and the state the PIN row holds after it.
 *
 * @param changesCounters false when storing the state would change nothing (a right PIN with no failures
 *                        on record, a locked or held PIN, no PIN set): such an entry needs no write and no lock
 */
public record PinEntry(PinCheck check, PinState after, boolean changesCounters) {

    public int failedAttempts() {
        return after.failedAttempts();
    }

    public Instant lockedUntil() {
        return after.lockedUntil();
    }
}
