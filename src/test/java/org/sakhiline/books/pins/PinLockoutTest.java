package org.sakhiline.books.pins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.pins.PinCheck.Outcome;
import org.sakhiline.books.pins.PinLockout.PinState;

/** Every step of the lockout rule, as a pure function: runs, escalating locks, the hold and the daily budget. */
class PinLockoutTest {

    private static final Instant T0 = Instant.parse("2025-02-17T05:00:00Z");
    private static final PinState FRESH = new PinState("hash", 0, null);

    /** Judges a wrong entry and returns the state it leaves, asserting the outcome. */
    private static PinState wrong(PinState s, Instant at, Outcome expected) {
        PinEntry e = PinLockout.judge(s, false, at);
        assertEquals(expected, e.check().outcome(), () -> "at " + at + " from " + s);
        return e.after();
    }

    @Test
    void aWrongTryCountsAndSaysHowManyAreLeft() {
        PinEntry e = PinLockout.judge(FRESH, false, T0);
        assertEquals(PinCheck.wrong(2), e.check());
        assertTrue(e.changesCounters());
        assertEquals(1, e.after().failedAttempts());
        assertEquals(T0, e.after().windowStart());
        assertEquals(1, e.after().windowWrong());
    }

    @Test
    void theRightPinWithNothingOnRecordWritesNothing() {
        PinEntry e = PinLockout.judge(FRESH, true, T0);
        assertTrue(e.check().isOk());
        assertFalse(e.changesCounters());
    }

    @Test
    void noPinSetIsNotSetAndWritesNothing() {
        PinEntry e = PinLockout.judge(new PinState(null, 0, null), true, T0);
        assertEquals(Outcome.NOT_SET, e.check().outcome());
        assertFalse(e.changesCounters());
    }

    @Test
    void locksEscalateThirtyMinutesThenFourHoursThenAHoldForStaff() {
        PinState s = wrong(FRESH, T0, Outcome.WRONG);
        s = wrong(s, T0, Outcome.WRONG);
        PinEntry first = PinLockout.judge(s, false, T0);
        assertEquals(PinCheck.locked(T0.plus(Duration.ofMinutes(30))), first.check());
        assertEquals(1, first.after().lockLevel());
        s = first.after();

        // While locked even the right PIN is refused and nothing changes.
        PinEntry during = PinLockout.judge(s, true, T0.plusSeconds(60));
        assertEquals(Outcome.LOCKED, during.check().outcome());
        assertFalse(during.changesCounters());

        Instant t1 = T0.plus(Duration.ofMinutes(30));
        s = wrong(s, t1, Outcome.WRONG);
        assertEquals(1, s.failedAttempts(), "a lock that ran out starts a fresh run");
        s = wrong(s, t1, Outcome.WRONG);
        PinEntry second = PinLockout.judge(s, false, t1);
        assertEquals(PinCheck.locked(t1.plus(Duration.ofHours(4))), second.check());
        assertEquals(2, second.after().lockLevel());
        s = second.after();

        Instant t2 = t1.plus(Duration.ofHours(4));
        s = wrong(s, t2, Outcome.WRONG);
        s = wrong(s, t2, Outcome.LOCKED); // the 8th wrong try in the day spends the budget (see below)
        assertEquals(8, s.windowWrong());
    }

    @Test
    void theThirdRunOfWrongTriesHoldsThePinUntilStaffReleaseIt() {
        PinState s = new PinState("hash", 0, null, 2, false, null, 0); // two locks so far, budget untouched
        s = wrong(s, T0, Outcome.WRONG);
        s = wrong(s, T0, Outcome.WRONG);
        PinEntry held = PinLockout.judge(s, false, T0);
        assertEquals(Outcome.LOCKED, held.check().outcome());
        assertTrue(held.check().held());
        assertEquals(PinLockout.HELD_UNTIL, held.check().lockedUntil());
        assertTrue(held.after().held());

        // Held: the right PIN, a year later, is still refused, and nothing is written.
        PinEntry later = PinLockout.judge(held.after(), true, T0.plus(Duration.ofDays(365)));
        assertTrue(later.check().held());
        assertFalse(later.changesCounters());

        PinState released = PinLockout.released(held.after());
        assertEquals(new PinState("hash", 0, null, 0, false, null, 0), released);
        assertTrue(PinLockout.judge(released, true, T0).check().isOk());
    }

    @Test
    void theRightPinClearsTheRunAndTheEscalationButNotTheDailyBudget() {
        PinState s = new PinState("hash", 2, null, 1, false, T0, 5);
        PinEntry ok = PinLockout.judge(s, true, T0.plusSeconds(10));
        assertTrue(ok.check().isOk());
        assertTrue(ok.changesCounters());
        assertEquals(new PinState("hash", 0, null, 0, false, T0, 5), ok.after());
    }

    @Test
    void theDailyBudgetLocksUntilTheWindowEndsEvenBetweenRightEntries() {
        PinState s = FRESH;
        Instant at = T0;
        // Two wrong, one right, four times over: never a run of three, but 8 wrong tries in the day.
        for (int round = 0; round < 4; round++) {
            s = wrong(s, at, Outcome.WRONG);
            at = at.plusSeconds(60);
            if (round < 3) {
                s = wrong(s, at, Outcome.WRONG);
                s = PinLockout.judge(s, true, at.plusSeconds(1)).after();
            } else {
                PinEntry spent = PinLockout.judge(s, false, at);
                assertEquals(PinCheck.locked(T0.plus(PinLockout.BUDGET_WINDOW)), spent.check());
                s = spent.after();
            }
            at = at.plusSeconds(60);
        }
        assertEquals(PinLockout.DAILY_WRONG_BUDGET, s.windowWrong());
        // The right PIN is refused until the window ends; then it opens, on a fresh budget.
        assertEquals(Outcome.LOCKED, PinLockout.judge(s, true, T0.plus(Duration.ofHours(23))).check().outcome());
        PinEntry next = PinLockout.judge(s, true, T0.plus(PinLockout.BUDGET_WINDOW));
        assertTrue(next.check().isOk());
        assertNull(next.after().windowStart());
        assertEquals(0, next.after().windowWrong());
    }

    @Test
    void triesLeftNeverPromiseMoreThanTheBudgetAllows() {
        PinState s = new PinState("hash", 0, null, 0, false, T0, PinLockout.DAILY_WRONG_BUDGET - 2);
        assertEquals(PinCheck.wrong(1), PinLockout.judge(s, false, T0.plusSeconds(5)).check());
    }

    @Test
    void aWindowOverADayOldStartsAfresh() {
        PinState s = new PinState("hash", 0, null, 0, false, T0, PinLockout.DAILY_WRONG_BUDGET - 1);
        PinEntry e = PinLockout.judge(s, false, T0.plus(PinLockout.BUDGET_WINDOW).plusSeconds(1));
        assertEquals(PinCheck.wrong(2), e.check());
        assertEquals(1, e.after().windowWrong());
    }
}
