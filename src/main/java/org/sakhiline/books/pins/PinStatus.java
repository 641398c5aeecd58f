package org.sakhiline.books.pins;

import java.time.Instant;

/**
 * Her PIN as staff may see it: whether one is set and how it is locked, never the PIN or its hash.
 *
 * @param lockedUntil   end of a timed lock still running at the time it was read, else null
 * @param held          locked until staff release it
 * @param lockLevel     locks in the escalation so far (0 after a right PIN or a release)
 * @param wrongInWindow wrong tries counted against the day's budget
 */
public record PinStatus(long memberId, long shgId, boolean pinSet, Instant lockedUntil, boolean held, int lockLevel,
                        int wrongInWindow, int wrongBudget) {}
