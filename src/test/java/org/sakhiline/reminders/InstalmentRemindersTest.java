package org.sakhiline.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sakhiline.reminders.ReminderCases.KARACHI;
import static org.sakhiline.reminders.ReminderCases.KOLKATA;
import static org.sakhiline.reminders.ReminderCases.group;
import static org.sakhiline.reminders.ReminderCases.member;
import static org.sakhiline.reminders.ReminderCases.rule;
import static org.sakhiline.reminders.ReminderCases.unpaid;
import static org.sakhiline.reminders.ReminderKind.INSTALMENT_DUE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * INSTALMENT_DUE reminders from facts alone: one per member and due date with what is left to pay (several
 * loans and partly paid instalments added up by the books' dues rule), only for the dates a group's send
 * days point at, never for a due date already gone in the group's own zone.
 */
class InstalmentRemindersTest {

    private static final String FROM = "2026-05-31T12:00:00Z";
    private static final String TO = "2026-05-31T13:30:00Z";   // 18:00 in Kolkata (12:30Z) and in Karachi (13:00Z)

    @Test
    void oneReminderPerMemberAndDateWithWhatIsLeftOfEachLoan() {
        GroupPlan g = group(5, KOLKATA, FROM, TO, rule(9, INSTALMENT_DUE, 1, "18:00"));
        ReminderRecipient anita = member(101, 5, "+919800000101");
        ReminderRecipient rekha = member(102, 5, "+919800000102");
        List<UnpaidInstalment> rows = List.of(
                unpaid(anita, 11, 1, 0, "2026-06-01", 1_000_00),
                unpaid(anita, 21, 2, 3, "2026-06-01", 250_00),     // Rs 750 of Rs 1,000 paid early
                unpaid(rekha, 31, 3, 0, "2026-06-01", 600_00));
        List<PlannedReminder> due = InstalmentReminders.reminders(Map.of(5L, g), rows, Instant.parse(TO));
        assertEquals(List.of("rem:due:101:2026-06-01:r9", "rem:due:102:2026-06-01:r9"), due.stream().map(PlannedReminder::key).toList());
        assertEquals(List.of(1_250_00L, 600_00L), due.stream().map(PlannedReminder::amountPaise).toList());
        assertEquals(LocalDateTime.of(2026, 5, 31, 18, 0), due.get(0).sendAt());
        assertEquals(LocalDate.of(2026, 6, 1), due.get(0).date());
        assertEquals(Set.of(LocalDate.of(2026, 6, 1)), GroupPlan.targetDates(List.of(g), INSTALMENT_DUE));
    }

    @Test
    void onlyTheDatesAGroupsSendDaysPointAt() {
        GroupPlan fiveDaysAhead = group(5, KOLKATA, FROM, TO, rule(9, INSTALMENT_DUE, 5, "18:00"));
        GroupPlan oneDayAhead = group(6, KOLKATA, FROM, TO, rule(10, INSTALMENT_DUE, 1, "18:00"));
        assertEquals(Set.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5)),
                GroupPlan.targetDates(List.of(fiveDaysAhead, oneDayAhead), INSTALMENT_DUE));
        // Rows are read for every target date at once: each group takes only its own.
        List<UnpaidInstalment> rows = List.of(
                unpaid(member(101, 5, "+919800000101"), 11, 1, 0, "2026-06-01", 1_000_00),
                unpaid(member(102, 5, "+919800000102"), 12, 2, 0, "2026-06-05", 1_000_00),
                unpaid(member(201, 6, "+919800000201"), 13, 3, 0, "2026-06-01", 1_000_00),
                unpaid(member(202, 6, "+919800000202"), 14, 4, 0, "2026-06-05", 1_000_00),
                unpaid(member(301, 7, "+919800000301"), 15, 5, 0, "2026-06-01", 1_000_00));   // a group with no send day
        List<PlannedReminder> due = InstalmentReminders.reminders(Map.of(5L, fiveDaysAhead, 6L, oneDayAhead), rows,
                Instant.parse(TO));
        assertEquals(List.of("rem:due:102:2026-06-05:r9", "rem:due:201:2026-06-01:r10"), due.stream().map(PlannedReminder::key).toList());
    }

    private record LateRun(ZoneId zone, String now, int reminders) {}

    @Test
    void aLateRunDoesNotSayDueByADayAlreadyGoneInTheGroupsZone() {
        // Planned late, up to the evening of the due date itself: 18:45Z on 1 June is already 2 June in Kolkata
        // (00:15) but still 1 June in Karachi (23:45).
        List<LateRun> cases = List.of(
                new LateRun(KOLKATA, "2026-06-01T18:00:00Z", 1),
                new LateRun(KOLKATA, "2026-06-01T18:45:00Z", 0),
                new LateRun(KARACHI, "2026-06-01T18:45:00Z", 1),
                new LateRun(KARACHI, "2026-06-01T19:00:00Z", 0));
        for (LateRun c : cases) {
            GroupPlan g = group(5, c.zone(), FROM, c.now(), rule(9, INSTALMENT_DUE, 1, "18:00"));
            List<UnpaidInstalment> rows = List.of(unpaid(member(101, 5, "+919800000101"), 11, 1, 0, "2026-06-01", 1_000_00));
            assertEquals(c.reminders(), InstalmentReminders.reminders(Map.of(5L, g), rows, Instant.parse(c.now())).size(),
                    c.toString());
        }
    }
}
