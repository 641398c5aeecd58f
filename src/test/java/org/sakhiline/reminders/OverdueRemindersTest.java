package org.sakhiline.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sakhiline.reminders.ReminderCases.KARACHI;
import static org.sakhiline.reminders.ReminderCases.KOLKATA;
import static org.sakhiline.reminders.ReminderCases.group;
import static org.sakhiline.reminders.ReminderCases.instalment;
import static org.sakhiline.reminders.ReminderCases.member;
import static org.sakhiline.reminders.ReminderCases.rule;
import static org.sakhiline.reminders.ReminderCases.unpaid;
import static org.sakhiline.reminders.ReminderKind.LOAN_OVERDUE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.LoanDues;

/**
 * LOAN_OVERDUE reminders from facts alone: when each of a sequence goes (days offset after the books'
 * first overdue day, repeat-every, max-sends), a loan paid late or partly, the amount told (all that loan's
 * overdue on the send day) and the due dates the read must cover.
 */
class OverdueRemindersTest {

    private static final ReminderRecipient PUSHPA = member(101, 5, "+919800000101");

    /** The group's overdue send day {@code day} at 10:00 IST (04:30Z), alone in the window. */
    private static GroupPlan sendDay(String day, EffectiveRule rule) {
        return group(5, KOLKATA, day + "T04:00:00Z", day + "T05:00:00Z", rule);
    }

    private record Sequence(int daysOffset, int repeatEveryDays, int maxSends, int graceDays, Map<String, Integer> sends) {}

    @Test
    void aSequenceStartsOnTheChosenDayOverdueAndRepeatsAtMostMaxSendsTimes() {
        // The oldest unpaid instalment falls due on 1 July 2026; every day of July is tried as a send day.
        List<Sequence> cases = List.of(
                new Sequence(1, 7, 3, 2, Map.of("2026-07-04", 1, "2026-07-11", 2, "2026-07-18", 3)),
                new Sequence(1, 0, 1, 0, Map.of("2026-07-02", 1)),
                new Sequence(3, 0, 1, 0, Map.of("2026-07-04", 1)),
                new Sequence(1, 3, 2, 5, Map.of("2026-07-07", 1, "2026-07-10", 2)),
                new Sequence(2, 14, 3, 0, Map.of("2026-07-03", 1, "2026-07-17", 2, "2026-07-31", 3)));
        for (Sequence c : cases) {
            EffectiveRule rule = rule(12, LOAN_OVERDUE, c.daysOffset(), "10:00", c.repeatEveryDays(), c.maxSends());
            UnpaidInstalment oldest = unpaid(PUSHPA, 11, 1, c.graceDays(), "2026-07-01", 1_000_00);
            for (LocalDate d = LocalDate.of(2026, 7, 1); d.getMonthValue() == 7; d = d.plusDays(1)) {
                GroupPlan g = sendDay(d.toString(), rule);
                List<OverdueReminders.Send> sends = OverdueReminders.sends(Map.of(5L, g), List.of(oldest));
                int expected = c.sends().getOrDefault(d.toString(), 0);
                assertEquals(expected == 0 ? List.of() : List.of(expected), sends.stream().map(OverdueReminders.Send::sendNo).toList(),
                        c + " on " + d);
                List<PlannedReminder> due = OverdueReminders.reminders(sends, Map.of(1L, List.of(oldest.unpaid())));
                assertEquals(expected == 0 ? List.of() : List.of("rem:ovd:101:i11:r12:n" + expected),
                        due.stream().map(PlannedReminder::key).toList(), c + " on " + d);
                for (PlannedReminder r : due) {
                    assertEquals(d.atTime(10, 0), r.sendAt());
                }
            }
        }
    }

    @Test
    void theAmountIsAllOfThatLoansOverdueOnEachSendDayWhatIsLeftOfAPartPayment() {
        // A weekly loan: 1 June partly paid (Rs 250 left), 8 June unpaid, 15 June not due yet; grace 2 days.
        // One window over two send days (an operator's long run): 4 June (n1) and 11 June (n2).
        EffectiveRule rule = rule(12, LOAN_OVERDUE, 1, "10:00", 7, 3);
        GroupPlan g = group(5, KOLKATA, "2026-06-04T00:00:00Z", "2026-06-11T23:00:00Z", rule);
        UnpaidInstalment oldest = unpaid(PUSHPA, 11, 1, 2, "2026-06-01", 250_00);
        List<OverdueReminders.Send> sends = OverdueReminders.sends(Map.of(5L, g), List.of(oldest));
        assertEquals(List.of(1, 2), sends.stream().map(OverdueReminders.Send::sendNo).toList());
        assertEquals(LocalDate.of(2026, 6, 11), OverdueReminders.lastSendDay(sends));
        assertEquals(Map.of(1L, oldest.unpaid()), OverdueReminders.loans(sends));

        Map<Long, List<LoanDues.Unpaid>> unpaidByLoan = Map.of(
                1L, List.of(oldest.unpaid(), instalment(1, 2, "2026-06-08", 1_000_00)),
                2L, List.of(instalment(2, 0, "2026-05-01", 500_00)));   // her other loan is not this reminder's
        List<PlannedReminder> due = OverdueReminders.reminders(sends, unpaidByLoan);
        assertEquals(List.of("rem:ovd:101:i11:r12:n1", "rem:ovd:101:i11:r12:n2"), due.stream().map(PlannedReminder::key).toList());
        assertEquals(List.of(250_00L, 1_250_00L), due.stream().map(PlannedReminder::amountPaise).toList(),
                "8 June is overdue from 11 June, not on 4 June");
        assertEquals(List.of(LocalDateTime.of(2026, 6, 4, 10, 0), LocalDateTime.of(2026, 6, 11, 10, 0)),
                due.stream().map(PlannedReminder::sendAt).toList());
    }

    @Test
    void aLoanPaidLateStartsTheNextInstalmentsOwnSequence() {
        EffectiveRule rule = rule(12, LOAN_OVERDUE, 1, "10:00", 7, 3);
        // 1 July was reminded on 4 July (n1) and paid on 9 July: on 11 July the oldest unpaid is 1 August, not overdue.
        UnpaidInstalment august = unpaid(PUSHPA, 12, 1, 2, "2026-08-01", 1_000_00);
        assertEquals(List.of(), OverdueReminders.sends(Map.of(5L, sendDay("2026-07-11", rule)), List.of(august)));
        // Once overdue, August starts from n1 under its own instalment in the key.
        List<OverdueReminders.Send> sends = OverdueReminders.sends(Map.of(5L, sendDay("2026-08-04", rule)), List.of(august));
        assertEquals(List.of("rem:ovd:101:i12:r12:n1"), OverdueReminders.reminders(sends, Map.of(1L, List.of(august.unpaid())))
                .stream().map(PlannedReminder::key).toList());
        // Paid in full between the two reads: nothing overdue, nothing sent.
        assertEquals(List.of(), OverdueReminders.reminders(sends, Map.of()));
    }

    @Test
    void theReadCoversEveryDueDateThatCanHaveAReminderOnASendDay() {
        EffectiveRule weekly = rule(12, LOAN_OVERDUE, 1, "10:00", 7, 3);
        EffectiveRule once = rule(13, LOAN_OVERDUE, 2, "18:00", 0, 1);
        GroupPlan india = group(5, KOLKATA, "2026-07-18T04:00:00Z", "2026-07-18T13:30:00Z", weekly);   // 18 July 10:00 IST
        GroupPlan pakistan = group(6, KARACHI, "2026-07-18T04:00:00Z", "2026-07-18T13:30:00Z", once);  // 18 July 18:00 PKT
        int maxGrace = 5;
        OverdueReminders.DueDates dates = OverdueReminders.dueDatesToRead(List.of(india, pakistan), maxGrace);
        // Weekly, third send: 18 July - 1 - 5 - 2 x 7 = 28 June; the newest: one day before with no grace.
        assertEquals(new OverdueReminders.DueDates(LocalDate.of(2026, 6, 28), LocalDate.of(2026, 7, 17)), dates);
        // Tight at both ends: the oldest date still has its third reminder that day, the day before has none.
        LocalDate day = LocalDate.of(2026, 7, 18);
        assertEquals(3, weekly.timing().overdueSendNo(instalment(1, maxGrace, "2026-06-28", 1), day));
        assertEquals(0, weekly.timing().overdueSendNo(instalment(1, maxGrace, "2026-06-27", 1), day));
        assertEquals(1, weekly.timing().overdueSendNo(instalment(1, 0, "2026-07-17", 1), day));
        assertEquals(0, weekly.timing().overdueSendNo(instalment(1, 0, "2026-07-18", 1), day));
    }
}
