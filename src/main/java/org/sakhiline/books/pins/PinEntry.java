package org.sakhiline.books.pins;

import java.time.Instant;

/**
 * One PIN entry, judged: the answer, and the counters the PIN row holds after it.
 *
 * @param changesCounters false when storing the counters would change nothing (a right PIN with no failures
 *                        on record, a locked PIN, no PIN set): such an entry needs no write and no lock
 */
public record PinEntry(PinCheck check, int failedAttempts, Instant lockedUntil, boolean changesCounters) {}
