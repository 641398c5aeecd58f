package org.sakhiline.access.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * When wrong passwords lock a user name or a client address: {@code freeFailures} are free, the next one
 * locks for {@code firstLock}, and every failure after a lock doubles it up to {@code maxLock}. A lock never
 * lasts longer than {@code maxLock}, so a stranger who floods someone's user name keeps her out for minutes,
 * not for good.
 */
public record LockPolicy(int freeFailures, Duration firstLock, Duration maxLock, Duration forgetAfter) {

    /** The counter after one more wrong password at {@code now}. */
    public FailedSignIns afterFailure(FailedSignIns before, Instant now) {
        boolean stale = before.lastFailure() == null || before.lastFailure().plus(forgetAfter).isBefore(now);
        int failures = stale ? 1 : before.failures() + 1;
        Instant lockedUntil = failures > freeFailures ? now.plus(lockFor(failures - freeFailures)) : null;
        return new FailedSignIns(failures, now, lockedUntil);
    }

    /** The n-th lock (1 = first) lasts firstLock · 2^(n-1), at most maxLock. */
    Duration lockFor(int nth) {
        Duration lock = firstLock;
        for (int i = 1; i < nth && lock.compareTo(maxLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
