package org.sakhiline.reports.grading;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.reports.LoanBook;

/**
 * The five scores from one group's books over its last N meetings (the "window"), each 0–100 with its
 * reason. Pure: {@link PanchasutraGrading} reads the books and hands them in, so every rule is tested on
 * plain values.
 */
final class SutraScorer {

    private SutraScorer() {}

    /** One meeting of the window: its day, status, attendance marks recorded and whether any entry is dated that day. */
    record WindowMeeting(LocalDate day, String status, int attendanceMarks, boolean entriesWritten) {}

    /** A member on the roll: joined, exited (null while in the group). */
    record RollMember(long memberId, LocalDate joinedOn, LocalDate exitedOn) {

        boolean onRollOn(LocalDate day) {
            return !joinedOn.isAfter(day) && (exitedOn == null || exitedOn.isAfter(day));
        }
    }

    /** Half the members borrowing from the group's own funds within the window earns full marks. */
    static final int INTER_LOANING_FULL_MARKS_PERCENT = 50;

    static SutraScore meetings(List<WindowMeeting> window) {
        long held = window.stream().filter(m -> m.status().equals("HELD")).count();
        long cancelled = window.stream().filter(m -> m.status().equals("CANCELLED")).count();
        long unrecorded = window.size() - held - cancelled;
        if (window.isEmpty()) {
            return new SutraScore(Sutra.REGULAR_MEETINGS, 0, "No meeting on record");
        }
        return new SutraScore(Sutra.REGULAR_MEETINGS, percent(held, window.size()), held + " of " + window.size()
                + " meetings held" + (cancelled > 0 ? ", " + cancelled + " cancelled" : "")
                + (unrecorded > 0 ? ", " + unrecorded + " not recorded" : ""));
    }

    /** {@code savers}: for each meeting day, the members with a deposit value-dated that day. */
    static SutraScore savings(List<WindowMeeting> window, List<RollMember> roll, Map<LocalDate, Set<Long>> savers) {
        long expected = 0;
        long saved = 0;
        for (WindowMeeting m : window) {
            if (!m.status().equals("HELD")) {
                continue;
            }
            for (RollMember r : roll) {
                if (r.onRollOn(m.day())) {
                    expected++;
                    saved += savers.getOrDefault(m.day(), Set.of()).contains(r.memberId()) ? 1 : 0;
                }
            }
        }
        if (expected == 0) {
            return new SutraScore(Sutra.REGULAR_SAVINGS, 0, "No meeting held to save at");
        }
        return new SutraScore(Sutra.REGULAR_SAVINGS, percent(saved, expected),
                "Members saved " + saved + " times out of " + expected + " (each member at each meeting held)");
    }

    static SutraScore interLoaning(LoanBook book, List<RollMember> roll, LocalDate windowStart, LocalDate asOf) {
        long onRoll = roll.stream().filter(r -> r.onRollOn(asOf)).count();
        Set<Long> borrowers = new java.util.HashSet<>();
        for (List<LoanBook.Instalment> loan : book.byLoan().values()) {
            LoanBook.Instalment first = loan.get(0);
            if (first.fund() != FundSource.SHG_OWN || first.disbursalDate().isAfter(asOf)) {
                continue;
            }
            long outstandingAtStart = loan.stream().mapToLong(i -> i.principalDuePaise() - i.principalPaidThrough(windowStart)).sum();
            if (!first.disbursalDate().isBefore(windowStart) || outstandingAtStart > 0) {
                borrowers.add(first.memberId());
            }
        }
        if (onRoll == 0) {
            return new SutraScore(Sutra.REGULAR_INTER_LOANING, 0, "No member on the roll");
        }
        int share = percent(borrowers.size(), onRoll);
        return new SutraScore(Sutra.REGULAR_INTER_LOANING, Math.min(100, share * 100 / INTER_LOANING_FULL_MARKS_PERCENT),
                borrowers.size() + " of " + onRoll + " members borrowed from the group's own funds since " + windowStart
                        + " (half of the members earns full marks)");
    }

    static SutraScore repayment(LoanBook book, LocalDate windowStart, LocalDate asOf) {
        long due = 0;
        long onTime = 0;
        for (LoanBook.Instalment i : book.instalments()) {
            if (i.dueDate().isBefore(windowStart) || i.dueDate().isAfter(asOf)) {
                continue;
            }
            due += i.duePaise();
            LocalDate deadline = i.dueDate().plusDays(i.graceDays());
            onTime += Math.min(i.duePaise(), i.paidThrough(deadline.isAfter(asOf) ? asOf : deadline));
        }
        if (due == 0) {
            return new SutraScore(Sutra.TIMELY_REPAYMENT, 100, "No instalment fell due since " + windowStart);
        }
        return new SutraScore(Sutra.TIMELY_REPAYMENT, percent(onTime, due), rupees(onTime) + " of " + rupees(due)
                + " due since " + windowStart + " was paid by its due date (plus grace)");
    }

    static SutraScore books(List<WindowMeeting> window) {
        List<WindowMeeting> held = window.stream().filter(m -> m.status().equals("HELD")).toList();
        long written = held.stream().filter(m -> m.attendanceMarks() > 0 && m.entriesWritten()).count();
        if (held.isEmpty()) {
            return new SutraScore(Sutra.UP_TO_DATE_BOOKS, 0, "No meeting held to write up");
        }
        return new SutraScore(Sutra.UP_TO_DATE_BOOKS, percent(written, held.size()), written + " of " + held.size()
                + " meetings held have attendance and entries written on the day");
    }

    static String grade(int total, int aMin, int bMin) {
        return total >= aMin ? "A" : total >= bMin ? "B" : "C";
    }

    private static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) (part * 100 / whole);
    }

    private static String rupees(long paise) {
        return org.sakhiline.support.i18n.Money.format(paise, "en");
    }
}
