package org.sakhiline.books.loans;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a loan's instalment schedule with exact integer arithmetic.
 *
 * <ul>
 *   <li>Monthly rate = {@code rate_bp}/10,000 for rate period MONTH, or that /12 for YEAR.</li>
 *   <li>Per-instalment rate = monthly rate for MONTHLY instalments, monthly × 12/26 for FORTNIGHTLY,
 *       monthly × 12/52 for WEEKLY. The rate is kept as an exact fraction; nothing is rounded until a
 *       paise amount is produced.</li>
 *   <li>Principal: {@code floor(principal / n)} per instalment, the remainder on the last.</li>
 *   <li>FLAT: total charge = principal × per-instalment rate × n (rounded once), split the same way:
 *       {@code floor(total / n)} each, the remainder on the last.</li>
 *   <li>DECLINING: each instalment's charge = principal outstanding before it × per-instalment rate.</li>
 *   <li>Every rounding is HALF_UP to whole paise.</li>
 *   <li>Due dates: instalment k (0-based) falls on first_due_date + 7k days (WEEKLY), + 14k days
 *       (FORTNIGHTLY) or + k months (MONTHLY, always counted from the first due date, so a 31st clamps
 *       to the month's last day and returns to the 31st in longer months).</li>
 * </ul>
 */
public final class LoanScheduleCalculator {

    private LoanScheduleCalculator() {}

    /** The loan terms a schedule depends on. */
    public record Terms(long principalPaise, ChargeMethod chargeMethod, int rateBp, RatePeriod ratePeriod,
                        LoanFrequency frequency, int instalmentCount, LocalDate firstDueDate) {
        public Terms {
            if (principalPaise <= 0 || rateBp < 0 || instalmentCount <= 0) {
                throw new IllegalArgumentException("principal and instalment count must be positive, rate not negative");
            }
        }
    }

    /** One line of the schedule. */
    public record Line(int seq, LocalDate dueDate, long principalPaise, long chargePaise) {
        public long totalPaise() {
            return principalPaise + chargePaise;
        }
    }

    public static List<Line> schedule(Terms t) {
        int n = t.instalmentCount();
        BigInteger rateNum = BigInteger.valueOf(t.rateBp()).multiply(BigInteger.valueOf(frequencyNumerator(t.frequency())));
        BigInteger rateDen = BigInteger.valueOf(10_000L * (t.ratePeriod() == RatePeriod.YEAR ? 12 : 1)
                * frequencyDenominator(t.frequency()));
        long principalEach = t.principalPaise() / n;
        long flatTotal = t.chargeMethod() == ChargeMethod.FLAT
                ? roundHalfUp(BigInteger.valueOf(t.principalPaise()).multiply(rateNum).multiply(BigInteger.valueOf(n)), rateDen)
                : 0;
        long flatEach = flatTotal / n;

        List<Line> lines = new ArrayList<>(n);
        long outstanding = t.principalPaise();
        for (int k = 0; k < n; k++) {
            boolean last = k == n - 1;
            long principal = last ? t.principalPaise() - principalEach * (n - 1) : principalEach;
            long charge = switch (t.chargeMethod()) {
                case FLAT -> last ? flatTotal - flatEach * (n - 1) : flatEach;
                case DECLINING -> roundHalfUp(BigInteger.valueOf(outstanding).multiply(rateNum), rateDen);
            };
            lines.add(new Line(k + 1, dueDate(t.firstDueDate(), t.frequency(), k), principal, charge));
            outstanding -= principal;
        }
        return lines;
    }

    /** Due date of the instalment at 0-based {@code index}. */
    public static LocalDate dueDate(LocalDate firstDueDate, LoanFrequency frequency, int index) {
        return switch (frequency) {
            case WEEKLY -> firstDueDate.plusDays(7L * index);
            case FORTNIGHTLY -> firstDueDate.plusDays(14L * index);
            case MONTHLY -> firstDueDate.plusMonths(index);
        };
    }

    // Per-instalment share of a month as a fraction: 1, 12/26 (fortnight), 12/52 (week).
    private static long frequencyNumerator(LoanFrequency f) {
        return f == LoanFrequency.MONTHLY ? 1 : 12;
    }

    private static long frequencyDenominator(LoanFrequency f) {
        return switch (f) {
            case MONTHLY -> 1;
            case FORTNIGHTLY -> 26;
            case WEEKLY -> 52;
        };
    }

    /** HALF_UP division of non-negative integers: floor((2·num + den) / (2·den)). */
    static long roundHalfUp(BigInteger num, BigInteger den) {
        return num.shiftLeft(1).add(den).divide(den.shiftLeft(1)).longValueExact();
    }
}
