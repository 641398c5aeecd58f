package org.sakhiline.books.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoanScheduleCalculatorTest {

    private static LoanScheduleCalculator.Line line(int seq, String due, long principal, long charge) {
        return new LoanScheduleCalculator.Line(seq, LocalDate.parse(due), principal, charge);
    }

    @Test
    void flatMonthlyWithoutRemainders() {
        // Rs 10,000 at 1 %/month flat, 10 monthly: charge = 1,000,000 × 0.01 × 10 = 100,000 paise,
        // 10,000 each; principal 100,000 each.
        List<LoanScheduleCalculator.Line> s = LoanScheduleCalculator.schedule(new LoanScheduleCalculator.Terms(
                1_000_000, ChargeMethod.FLAT, 100, RatePeriod.MONTH, LoanFrequency.MONTHLY, 10, LocalDate.of(2025, 2, 5)));
        assertEquals(10, s.size());
        assertEquals(line(1, "2025-02-05", 100_000, 10_000), s.get(0));
        assertEquals(line(10, "2025-11-05", 100_000, 10_000), s.get(9));
        assertEquals(100_000, s.stream().mapToLong(LoanScheduleCalculator.Line::chargePaise).sum());
    }

    @Test
    void flatWeeklyPutsRemaindersOnTheLastInstalment() {
        // Rs 15,000 at 12 %/year flat, 7 weekly instalments.
        // monthly rate 1 %; weekly rate = 0.01 × 12/52; total charge = 1,500,000 × 0.12/52 × 7
        //   = 1,260,000/52 = 24,230.769… → 24,231; each floor(24,231/7) = 3,461; last 24,231 − 6×3,461 = 3,465.
        // principal floor(1,500,000/7) = 214,285; last 1,500,000 − 6×214,285 = 214,290.
        List<LoanScheduleCalculator.Line> s = LoanScheduleCalculator.schedule(new LoanScheduleCalculator.Terms(
                1_500_000, ChargeMethod.FLAT, 1200, RatePeriod.YEAR, LoanFrequency.WEEKLY, 7, LocalDate.of(2025, 1, 6)));
        assertEquals(line(1, "2025-01-06", 214_285, 3_461), s.get(0));
        assertEquals(line(2, "2025-01-13", 214_285, 3_461), s.get(1));
        assertEquals(line(7, "2025-02-17", 214_290, 3_465), s.get(6));
        assertEquals(1_500_000, s.stream().mapToLong(LoanScheduleCalculator.Line::principalPaise).sum());
        assertEquals(24_231, s.stream().mapToLong(LoanScheduleCalculator.Line::chargePaise).sum());
    }

    @Test
    void decliningMonthly() {
        // Rs 12,000 at 2 %/month declining, 4 monthly: principal 300,000 each;
        // charges 2 % of 1,200,000 / 900,000 / 600,000 / 300,000 = 24,000 / 18,000 / 12,000 / 6,000.
        List<LoanScheduleCalculator.Line> s = LoanScheduleCalculator.schedule(new LoanScheduleCalculator.Terms(
                1_200_000, ChargeMethod.DECLINING, 200, RatePeriod.MONTH, LoanFrequency.MONTHLY, 4, LocalDate.of(2025, 3, 10)));
        assertEquals(List.of(line(1, "2025-03-10", 300_000, 24_000), line(2, "2025-04-10", 300_000, 18_000),
                line(3, "2025-05-10", 300_000, 12_000), line(4, "2025-06-10", 300_000, 6_000)), s);
    }

    @Test
    void decliningFortnightlyRoundsHalfUpOnOutstanding() {
        // Rs 1,000 at 24 %/year declining, 3 fortnightly: monthly 2 %, fortnightly 0.02 × 12/26 = 0.24/26.
        // principal 33,333 / 33,333 / 33,334.
        // charge 1: 100,000 × 0.24/26 = 923.08 → 923; 2: 66,667 × 0.24/26 = 615.39 → 615;
        // 3: 33,334 × 0.24/26 = 307.70 → 308.
        List<LoanScheduleCalculator.Line> s = LoanScheduleCalculator.schedule(new LoanScheduleCalculator.Terms(
                100_000, ChargeMethod.DECLINING, 2400, RatePeriod.YEAR, LoanFrequency.FORTNIGHTLY, 3, LocalDate.of(2025, 1, 10)));
        assertEquals(List.of(line(1, "2025-01-10", 33_333, 923), line(2, "2025-01-24", 33_333, 615),
                line(3, "2025-02-07", 33_334, 308)), s);
    }

    @Test
    void halfPaiseRoundsUp() {
        // 50 paise at 1 %/month flat, 1 monthly instalment: 0.5 → 1 (HALF_UP); 49 paise → 0.49 → 0.
        assertEquals(1, LoanScheduleCalculator.schedule(new LoanScheduleCalculator.Terms(50, ChargeMethod.FLAT, 100,
                RatePeriod.MONTH, LoanFrequency.MONTHLY, 1, LocalDate.of(2025, 1, 1))).get(0).chargePaise());
        assertEquals(0, LoanScheduleCalculator.schedule(new LoanScheduleCalculator.Terms(49, ChargeMethod.FLAT, 100,
                RatePeriod.MONTH, LoanFrequency.MONTHLY, 1, LocalDate.of(2025, 1, 1))).get(0).chargePaise());
    }

    @Test
    void monthlyDueDatesClampToTheMonthEndAndComeBack() {
        LocalDate first = LocalDate.of(2024, 1, 31);
        assertEquals(LocalDate.of(2024, 2, 29), LoanScheduleCalculator.dueDate(first, LoanFrequency.MONTHLY, 1));
        assertEquals(LocalDate.of(2024, 3, 31), LoanScheduleCalculator.dueDate(first, LoanFrequency.MONTHLY, 2));
        assertEquals(LocalDate.of(2024, 4, 30), LoanScheduleCalculator.dueDate(first, LoanFrequency.MONTHLY, 3));
        assertEquals(LocalDate.of(2024, 2, 14), LoanScheduleCalculator.dueDate(first, LoanFrequency.FORTNIGHTLY, 1));
    }
}
