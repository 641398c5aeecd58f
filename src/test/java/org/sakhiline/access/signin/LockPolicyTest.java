package org.sakhiline.access.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How wrong passwords turn into locks: free tries, a first lock, doubling, a ceiling, and forgetting. */
class LockPolicyTest {

    private static final LockPolicy POLICY = new LockPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void fiveFreeThenThirtySecondsThenDoublingUpToFifteenMinutes() {
        FailedSignIns f = FailedSignIns.NONE;
        for (int i = 1; i <= 5; i++) {
            f = POLICY.afterFailure(f, T0);
            assertNull(f.lockedUntil(), "failure " + i + " is free");
        }
        long[] expectedSeconds = {30, 60, 120, 240, 480, 900, 900};
        Instant now = T0;
        for (long seconds : expectedSeconds) {
            f = POLICY.afterFailure(f, now);
            assertEquals(Duration.ofSeconds(seconds), f.retryAfter(now));
            now = f.lockedUntil();   // the next wrong password comes as soon as the lock ends
        }
    }

    @Test
    void failuresAnHourOldAreForgotten() {
        FailedSignIns f = FailedSignIns.NONE;
        for (int i = 0; i < 5; i++) {
            f = POLICY.afterFailure(f, T0);
        }
        f = POLICY.afterFailure(f, T0.plus(Duration.ofMinutes(61)));
        assertEquals(1, f.failures());
        assertNull(f.lockedUntil());
    }

    @Test
    void aLockThatHasRunOutAsksNoWait() {
        FailedSignIns locked = new FailedSignIns(6, T0, T0.plusSeconds(30));
        assertEquals(Duration.ofSeconds(10), locked.retryAfter(T0.plusSeconds(20)));
        assertNull(locked.retryAfter(T0.plusSeconds(30)));
    }
}
