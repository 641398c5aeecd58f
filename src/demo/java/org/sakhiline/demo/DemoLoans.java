package org.sakhiline.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sakhiline.demo.DemoDataGenerator.Settings;
import org.sakhiline.demo.DemoGroup.Member;
import org.sakhiline.demo.DemoLoanSchedule.Frequency;
import org.sakhiline.demo.DemoPeople.LoanStory;

/**
 * The generator's loans: SHG funds, Revolving Fund, Community Investment Fund and bank loans with their
 * terms, schedules (DemoLoanSchedule) and repayments allocated charge first, oldest instalment first —
 * repaid on time, late, early, or left overdue.
 */
final class DemoLoans {

    private enum Behaviour { ON_TIME, LATE, OVERDUE, PREPAID }

    private final DemoRows rows;
    private final long seed;
    private final LocalDate anchor;

    DemoLoans(DemoRows rows, Settings settings) {
        this.rows = rows;
        this.seed = settings.seed();
        this.anchor = settings.anchorDate();
    }

    /** The group's loans: the fixed demo members' as the README promises, about a third of the others'. */
    void generate(DemoGroup g) {
        SplittableRandom rnd = DemoRandom.stream(seed, DemoRandom.LOANS, g.id);
        boolean in = g.country.code.equals("IN");
        LocalDate lastDisbursal = anchor.minusDays(14);
        List<LocalDate> meetingDays = g.heldDates.stream().filter(d -> d.isBefore(lastDisbursal)).toList();
        for (Member m : g.members) {
            if (m.fixed != null) {
                if (m.fixed.loan() != LoanStory.NONE) {
                    Behaviour b = switch (m.fixed.loan()) {
                        case LATE -> Behaviour.LATE;
                        case OVERDUE -> Behaviour.OVERDUE;
                        default -> Behaviour.ON_TIME;
                    };
                    // Overdue: disbursed seven months ago, so many instalments have fallen due unpaid;
                    // otherwise about three months ago, so the loan is still running.
                    LocalDate disbursal = lastOnOrBefore(meetingDays, anchor.minusDays(b == Behaviour.OVERDUE ? 210 : 100));
                    loan(g, m, rnd, m.fixed.fundSource(), disbursal, b, true);
                }
                continue;
            }
            if (m.exitOn != null || meetingDays.isEmpty()) {
                continue;
            }
            int loans = rnd.nextDouble() < 0.35 ? (rnd.nextDouble() < 0.25 ? 2 : 1) : 0;
            for (int k = 0; k < loans; k++) {
                String source = in
                        ? DemoRandom.pick(rnd, new String[] {"SHG_OWN", "SHG_OWN", "REVOLVING_FUND", "CIF", "BANK"})
                        : DemoRandom.pick(rnd, new String[] {"SHG_OWN", "CIF", "CIF", "BANK"});
                LocalDate disbursal = meetingDays.get(rnd.nextInt(meetingDays.size()));
                if (disbursal.isBefore(m.joined)) {
                    continue;
                }
                double b = rnd.nextDouble();
                Behaviour behaviour = b < 0.65 ? Behaviour.ON_TIME : b < 0.8 ? Behaviour.LATE : b < 0.95 ? Behaviour.OVERDUE
                        : Behaviour.PREPAID;
                loan(g, m, rnd, source, disbursal, behaviour, false);
            }
        }
    }

    private static LocalDate lastOnOrBefore(List<LocalDate> dates, LocalDate limit) {
        LocalDate best = dates.get(0);
        for (LocalDate d : dates) {
            if (!d.isAfter(limit)) {
                best = d;
            }
        }
        return best;
    }

    private void loan(DemoGroup g, Member m, SplittableRandom rnd, String source, LocalDate disbursal,
                      Behaviour behaviour, boolean fixed) {
        boolean in = g.country.code.equals("IN");
        long principal;
        boolean flat;
        int rateBp;
        boolean perYear;
        Frequency frequency;
        int n;
        int grace;
        switch (source) {
            case "SHG_OWN" -> {
                principal = (2_000 + 500L * rnd.nextInt(17)) * 100;
                flat = true;
                rateBp = new int[] {100, 150, 200}[rnd.nextInt(3)];
                perYear = false;
                frequency = g.weekly && (fixed || rnd.nextDouble() < 0.4) ? Frequency.WEEKLY : Frequency.MONTHLY;
                n = frequency == Frequency.WEEKLY ? 20 + rnd.nextInt(7) : 6 + rnd.nextInt(7);
                grace = 0;
            }
            case "REVOLVING_FUND" -> {
                principal = (3_000 + 500L * rnd.nextInt(10)) * 100;
                flat = true;
                rateBp = 100;
                perYear = false;
                frequency = g.weekly && rnd.nextDouble() < 0.3 ? Frequency.FORTNIGHTLY : Frequency.MONTHLY;
                n = frequency == Frequency.FORTNIGHTLY ? 20 : 10 + rnd.nextInt(3);
                grace = 0;
            }
            case "CIF" -> {
                principal = (10_000 + 1_000L * rnd.nextInt(41)) * 100;
                flat = false;
                rateBp = in ? 1200 : 1800;
                perYear = true;
                frequency = g.weekly && (rnd.nextDouble() < 0.3 || !in && fixed) ? Frequency.FORTNIGHTLY : Frequency.MONTHLY;
                n = frequency == Frequency.FORTNIGHTLY ? 24 : 12 + 6 * rnd.nextInt(3);
                grace = 7;
            }
            default -> { // BANK: SHG-bank linkage
                principal = (20_000 + 5_000L * rnd.nextInt(9)) * 100;
                flat = false;
                rateBp = in ? 1100 + 100 * rnd.nextInt(2) : 2200;
                perYear = true;
                frequency = Frequency.MONTHLY;
                n = 12 + 12 * rnd.nextInt(3);
                grace = 7;
            }
        }
        LocalDate firstDue = DemoLoanSchedule.firstDue(disbursal, frequency);
        DemoLoanSchedule s = DemoLoanSchedule.of(principal, flat, rateBp, perYear, frequency, n, firstDue);
        long loanId = rows.nextLoanId();
        long firstInstalmentId = rows.nextInstalmentIds(n);
        LocalDateTime disbursedAt = disbursal.atTime(g.time).atZone(g.country.zone).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime().plusMinutes(45);

        // Repayments first (in memory), so the loan row can carry its final status and the instalment
        // rows their paid caches.
        long[] chargePaid = new long[n];
        long[] principalPaid = new long[n];
        List<Object[]> repayments = new ArrayList<>();
        List<Object[]> allocations = new ArrayList<>();
        int stopAfter = behaviour == Behaviour.OVERDUE ? 1 + rnd.nextInt(Math.max(1, Math.min(n, 4))) : Integer.MAX_VALUE;
        int prepayAt = behaviour == Behaviour.PREPAID ? 1 + rnd.nextInt(Math.max(1, n / 2)) : -1;
        long owedSoFar = 0;
        long paidSoFar = 0;
        long total = s.total();
        for (int k = 0; k < n; k++) {
            owedSoFar += s.principalDue[k] + s.chargeDue[k];
            if (k >= stopAfter) {
                break;
            }
            LocalDate date = s.dueDates[k];
            long amount;
            if (behaviour == Behaviour.LATE && k % 2 == 0 && k < n - 1) {
                continue; // misses one, pays both at the next due date
            } else if (k == prepayAt) {
                amount = total - paidSoFar; // closes the loan early
            } else if (behaviour == Behaviour.ON_TIME && !fixed && rnd.nextDouble() < 0.08) {
                amount = (owedSoFar - paidSoFar) * 6 / 10 / 1000 * 1000; // a short week: part now, the rest next time
            } else {
                amount = owedSoFar - paidSoFar;
            }
            date = date.plusDays(behaviour == Behaviour.LATE ? 3 + rnd.nextInt(10) : rnd.nextInt(3));
            if (!date.isBefore(anchor)) {
                break;
            }
            amount = Math.min(amount, total - paidSoFar);
            if (amount <= 0) {
                continue;
            }
            long repaymentId = rows.nextRepaymentId();
            boolean sms = rnd.nextDouble() < 0.15;
            LocalDateTime at = date.atTime(g.time).atZone(g.country.zone).withZoneSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime().plusMinutes(10 + m.no);
            repayments.add(new Object[] {repaymentId, loanId, amount, sms ? "SMS" : "BOOKKEEPER",
                    sms ? "staff:" + g.bankMitraId : "member:" + g.bookkeeperId, date, rows.nextKey(),
                    sms ? "SM" + DemoRandom.hex(rnd, 32) : null, at});
            // Charge first, then principal; oldest instalment first.
            long left = amount;
            for (int i = 0; i < n && left > 0; i++) {
                long charge = Math.min(left, s.chargeDue[i] - chargePaid[i]);
                left -= charge;
                long prin = Math.min(left, s.principalDue[i] - principalPaid[i]);
                left -= prin;
                if (charge > 0 || prin > 0) {
                    chargePaid[i] += charge;
                    principalPaid[i] += prin;
                    allocations.add(new Object[] {rows.nextAllocationId(), repaymentId, firstInstalmentId + i, charge,
                            prin});
                }
            }
            paidSoFar += amount;
            if (paidSoFar == total) {
                break;
            }
        }
        rows.emit(DemoTable.LOAN, loanId, m.id, source, principal, flat ? "FLAT" : "DECLINING", rateBp,
                perYear ? "YEAR" : "MONTH", frequency.name(), n, disbursal, firstDue, grace,
                paidSoFar == total ? "CLOSED" : "ACTIVE", rows.nextKey(), disbursedAt);
        for (int k = 0; k < n; k++) {
            rows.emit(DemoTable.LOAN_INSTALMENT, firstInstalmentId + k, loanId, k + 1, s.dueDates[k], s.principalDue[k],
                    s.chargeDue[k], principalPaid[k], chargePaid[k]);
        }
        for (Object[] r : repayments) {
            rows.emit(DemoTable.LOAN_REPAYMENT, r);
        }
        for (Object[] a : allocations) {
            rows.emit(DemoTable.LOAN_ALLOCATION, a);
        }
    }
}
