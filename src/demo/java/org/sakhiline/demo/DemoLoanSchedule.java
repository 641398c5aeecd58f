package org.sakhiline.demo;

import java.math.BigInteger;
import java.time.LocalDate;

/**
 * The ledger's schedule rules, restated here so the generator does not depend on the ledger package
 * (the consistency test compares the two through the database):
 * per-instalment rate = rate_bp/10,000 per month (YEAR: /12), × 12/26 fortnightly, × 12/52 weekly;
 * equal principal with the remainder on the last instalment; FLAT charge = principal × rate × n
 * rounded once and split the same way; DECLINING charge = outstanding × rate; HALF_UP to paise.
 */
final class DemoLoanSchedule {

    enum Frequency { WEEKLY, FORTNIGHTLY, MONTHLY }

    final LocalDate[] dueDates;
    final long[] principalDue;
    final long[] chargeDue;

    private DemoLoanSchedule(int n) {
        dueDates = new LocalDate[n];
        principalDue = new long[n];
        chargeDue = new long[n];
    }

    static DemoLoanSchedule of(long principal, boolean flat, int rateBp, boolean ratePerYear, Frequency frequency,
                               int n, LocalDate firstDue) {
        BigInteger rateNum = BigInteger.valueOf(rateBp).multiply(BigInteger.valueOf(frequency == Frequency.MONTHLY ? 1 : 12));
        BigInteger rateDen = BigInteger.valueOf(10_000L * (ratePerYear ? 12 : 1) * switch (frequency) {
            case MONTHLY -> 1;
            case FORTNIGHTLY -> 26;
            case WEEKLY -> 52;
        });
        long principalEach = principal / n;
        long flatTotal = flat ? roundHalfUp(BigInteger.valueOf(principal).multiply(rateNum).multiply(BigInteger.valueOf(n)), rateDen) : 0;
        long flatEach = flatTotal / n;
        DemoLoanSchedule s = new DemoLoanSchedule(n);
        long outstanding = principal;
        for (int k = 0; k < n; k++) {
            boolean last = k == n - 1;
            s.principalDue[k] = last ? principal - principalEach * (n - 1) : principalEach;
            s.chargeDue[k] = flat
                    ? (last ? flatTotal - flatEach * (n - 1) : flatEach)
                    : roundHalfUp(BigInteger.valueOf(outstanding).multiply(rateNum), rateDen);
            s.dueDates[k] = switch (frequency) {
                case WEEKLY -> firstDue.plusDays(7L * k);
                case FORTNIGHTLY -> firstDue.plusDays(14L * k);
                case MONTHLY -> firstDue.plusMonths(k);
            };
            outstanding -= s.principalDue[k];
        }
        return s;
    }

    int size() {
        return dueDates.length;
    }

    long total() {
        long sum = 0;
        for (int k = 0; k < size(); k++) {
            sum += principalDue[k] + chargeDue[k];
        }
        return sum;
    }

    static LocalDate firstDue(LocalDate disbursal, Frequency frequency) {
        return switch (frequency) {
            case WEEKLY -> disbursal.plusWeeks(1);
            case FORTNIGHTLY -> disbursal.plusWeeks(2);
            case MONTHLY -> disbursal.plusMonths(1);
        };
    }

    /** HALF_UP division of non-negative integers. */
    static long roundHalfUp(BigInteger num, BigInteger den) {
        return num.shiftLeft(1).add(den).divide(den.shiftLeft(1)).longValueExact();
    }
}
