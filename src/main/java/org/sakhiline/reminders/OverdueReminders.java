package org.sakhiline.reminders;

import static org.sakhiline.reminders.ReminderKind.LOAN_OVERDUE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sakhiline.books.loans.LoanDues;

/**
 * LOAN_OVERDUE reminders as a pure rule. Each active loan's oldest unpaid instalment starts a sequence once it
 * is overdue by the books' rule ({@link LoanDues.Unpaid#overdueFrom}): the first reminder on its
 * {@code daysOffset}-th day overdue, then every {@code repeatEveryDays}, at most {@code maxSends}. When it is
 * paid, the next unpaid one (if overdue) starts its own. She is told all that loan's overdue amount on the send
 * day ({@link LoanDues#of}). Decided in two steps, because amounts are read only for the loans that get a
 * reminder: {@link #sends}, then {@link #reminders}.
 */
public final class OverdueReminders {

    private OverdueReminders() {}

    /** The {@code sendNo}-th reminder about a loan's oldest unpaid instalment, meant for one of the group's send days. */
    public record Send(UnpaidInstalment oldest, GroupPlan group, ReminderTiming.Slot slot, int sendNo) {

        public long loanId() {
            return oldest.unpaid().loanId();
        }
    }

    /** The due dates to read oldest unpaid instalments for: none outside can have a reminder on a send day. */
    public record DueDates(LocalDate first, LocalDate last) {}

    /** @param maxGraceDays the longest grace of any active loan */
    public static DueDates dueDatesToRead(Collection<GroupPlan> groups, int maxGraceDays) {
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (GroupPlan g : groups) {
            ReminderTiming timing = g.rule(LOAN_OVERDUE).timing();
            for (ReminderTiming.Slot s : g.slots(LOAN_OVERDUE)) {
                LocalDate oldest = timing.oldestOverdueDue(s.sendDay(), maxGraceDays);
                LocalDate newest = s.sendDay().minusDays(timing.daysOffset());
                first = oldest.isBefore(first) ? oldest : first;
                last = newest.isAfter(last) ? newest : last;
            }
        }
        return new DueDates(first, last);
    }

    /**
     * The reminders meant for the groups' send days, in the order of {@code oldestUnpaid}.
     *
     * @param groups       groups with a LOAN_OVERDUE send day in the window, by id
     * @param oldestUnpaid each active loan's oldest unpaid instalment due in {@link #dueDatesToRead}
     */
    public static List<Send> sends(Map<Long, GroupPlan> groups, List<UnpaidInstalment> oldestUnpaid) {
        List<Send> sends = new ArrayList<>();
        for (UnpaidInstalment u : oldestUnpaid) {
            GroupPlan g = groups.get(u.member().shgId());
            if (g == null) {
                continue;
            }
            ReminderTiming timing = g.rule(LOAN_OVERDUE).timing();
            for (ReminderTiming.Slot s : g.slots(LOAN_OVERDUE)) {
                int n = timing.overdueSendNo(u.unpaid(), s.sendDay());
                if (n > 0) {
                    sends.add(new Send(u, g, s, n));
                }
            }
        }
        return sends;
    }

    /**
     * The loans whose unpaid instalments {@link #reminders} needs, by id, each with its oldest unpaid instalment
     * (which carries the loan's fund source and grace days).
     */
    public static Map<Long, LoanDues.Unpaid> loans(List<Send> sends) {
        Map<Long, LoanDues.Unpaid> loans = new TreeMap<>();
        sends.forEach(s -> loans.putIfAbsent(s.loanId(), s.oldest().unpaid()));
        return loans;
    }

    /** The latest send day: instalments due on or after it are overdue on none. */
    public static LocalDate lastSendDay(List<Send> sends) {
        return sends.stream().map(s -> s.slot().sendDay()).max(LocalDate::compareTo).orElseThrow();
    }

    /**
     * The reminders with the loan's overdue amount on each send day; none for a loan with nothing overdue
     * (paid since the instalments were read).
     *
     * @param unpaidByLoan the {@link #loans}' unpaid instalments due before the {@link #lastSendDay}, by loan
     */
    public static List<PlannedReminder> reminders(List<Send> sends, Map<Long, List<LoanDues.Unpaid>> unpaidByLoan) {
        List<PlannedReminder> due = new ArrayList<>(sends.size());
        for (Send s : sends) {
            ReminderRecipient to = s.oldest().member();
            LocalDate sendDay = s.slot().sendDay();
            long overdue = LoanDues.of(to.memberId(), sendDay, null, unpaidByLoan.getOrDefault(s.loanId(), List.of()))
                    .overduePaise();
            if (overdue <= 0) {
                continue;
            }
            EffectiveRule rule = s.group().rule(LOAN_OVERDUE);
            String key = "rem:ovd:" + to.memberId() + ":i" + s.oldest().instalmentId() + ":r" + rule.id() + ":n" + s.sendNo();
            due.add(new PlannedReminder(to, LOAN_OVERDUE, rule, key, rule.timing().sendTime(sendDay), sendDay, null, null,
                    overdue));
        }
        return due;
    }
}
