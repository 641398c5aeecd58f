package org.sakhiline.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sakhiline.demo.DemoLoanSchedule.Frequency;

/** The generator's schedules against figures worked out by hand. */
class DemoLoanScheduleTest {

    @Test
    void flatMonthlyChargeIsPrincipalTimesRateTimesCountSplitEqually() {
        // Rs 10,000 at 1% a month flat over 10 months: Rs 1,000 charge, Rs 100 a month.
        DemoLoanSchedule s = DemoLoanSchedule.of(1_000_000, true, 100, false, Frequency.MONTHLY, 10, LocalDate.of(2025, 1, 10));
        for (int k = 0; k < 10; k++) {
            assertEquals(100_000, s.principalDue[k]);
            assertEquals(10_000, s.chargeDue[k]);
        }
        assertEquals(1_100_000, s.total());
    }

    @Test
    void flatWeeklyRoundsTheTotalOnceAndPutsTheRemainderLast() {
        // Rs 5,000 at 1%/month, weekly: rate 0.01 × 12/52; total 500000 × 0.12 × 20 / 52 = 23076.92 -> 23077.
        DemoLoanSchedule s = DemoLoanSchedule.of(500_000, true, 100, false, Frequency.WEEKLY, 20, LocalDate.of(2025, 1, 6));
        assertEquals(1153, s.chargeDue[0]);
        assertEquals(23077 - 1153 * 19, s.chargeDue[19]);
        assertEquals(25_000, s.principalDue[19]);
        assertEquals(LocalDate.of(2025, 1, 13), s.dueDates[1]);
    }

    @Test
    void decliningMonthlyChargesTheOutstandingPrincipal() {
        // Rs 12,000 at 12%/year = 1%/month, 12 months: Rs 120, 110, ..., 10.
        DemoLoanSchedule s = DemoLoanSchedule.of(1_200_000, false, 1200, true, Frequency.MONTHLY, 12, LocalDate.of(2024, 1, 31));
        long[] expected = {12_000, 11_000, 10_000, 9_000, 8_000, 7_000, 6_000, 5_000, 4_000, 3_000, 2_000, 1_000};
        assertArrayEquals(expected, s.chargeDue);
        assertEquals(LocalDate.of(2024, 2, 29), s.dueDates[1]); // counted from the first due date, clamped
        assertEquals(LocalDate.of(2024, 3, 31), s.dueDates[2]);
    }

    @Test
    void decliningFortnightlyRoundsEachChargeHalfUp() {
        // Rs 10,000 at 18%/year, fortnightly: rate 0.18/26. Principal 333333, 333333, 333334.
        DemoLoanSchedule s = DemoLoanSchedule.of(1_000_000, false, 1800, true, Frequency.FORTNIGHTLY, 3, LocalDate.of(2025, 3, 1));
        assertArrayEquals(new long[] {333_333, 333_333, 333_334}, s.principalDue);
        assertArrayEquals(new long[] {6923, 4615, 2308}, s.chargeDue); // 6923.08, 4615.39, 2307.70
        assertEquals(LocalDate.of(2025, 3, 29), s.dueDates[2]);
    }
}
