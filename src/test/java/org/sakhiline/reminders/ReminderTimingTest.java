package org.sakhiline.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanDues;

class ReminderTimingTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");

    private static ReminderTiming timing(LocalTime sendAt) {
        return new ReminderTiming(ReminderKind.MEETING, 1, sendAt, 0, 1, LocalTime.of(8, 0), LocalTime.of(20, 0));
    }

    @Test
    void inTheWindowStaysPut() {
        assertEquals(LocalDateTime.of(2026, 3, 4, 18, 0), timing(LocalTime.of(18, 0)).sendTime(LocalDate.of(2026, 3, 4)));
    }

    @Test
    void quietHoursShiftToTheNextWindowNotDropped() {
        // Too late in the evening: next morning at the window start.
        assertEquals(LocalDateTime.of(2026, 3, 5, 8, 0), timing(LocalTime.of(21, 30)).sendTime(LocalDate.of(2026, 3, 4)));
        // The window end itself is already quiet.
        assertEquals(LocalDateTime.of(2026, 3, 5, 8, 0), timing(LocalTime.of(20, 0)).sendTime(LocalDate.of(2026, 3, 4)));
        // Too early: the same morning at the window start.
        assertEquals(LocalDateTime.of(2026, 3, 4, 8, 0), timing(LocalTime.of(6, 0)).sendTime(LocalDate.of(2026, 3, 4)));
    }

    @Test
    void slotsFollowTheGroupsTimeZone() {
        ReminderTiming t = timing(LocalTime.of(18, 0));
        // 18:00 IST = 12:30 UTC; 18:00 PKT = 13:00 UTC.
        Instant from = Instant.parse("2026-03-04T12:00:00Z");
        Instant to = Instant.parse("2026-03-04T12:45:00Z");
        assertEquals(List.of(new ReminderTiming.Slot(LocalDate.of(2026, 3, 4), Instant.parse("2026-03-04T12:30:00Z"))),
                t.slotsIn(from, to, KOLKATA));
        assertTrue(t.slotsIn(from, to, KARACHI).isEmpty());
        assertEquals(Instant.parse("2026-03-04T13:00:00Z"),
                t.slotsIn(to, Instant.parse("2026-03-04T13:00:00Z"), KARACHI).get(0).sendInstant());
    }

    @Test
    void windowIsOpenAtTheStartAndClosedAtTheEnd() {
        ReminderTiming t = timing(LocalTime.of(18, 0));
        Instant at = Instant.parse("2026-03-04T12:30:00Z");
        assertEquals(1, t.slotsIn(at.minusSeconds(60), at, KOLKATA).size());
        assertTrue(t.slotsIn(at, at.plusSeconds(60), KOLKATA).isEmpty(), "the next window must not repeat it");
    }

    @Test
    void aShiftedSlotIsFoundFromTheDayBefore() {
        ReminderTiming t = timing(LocalTime.of(22, 0));
        // Meant for 3 Mar 22:00, goes out 4 Mar 08:00 IST = 02:30 UTC.
        List<ReminderTiming.Slot> slots = t.slotsIn(Instant.parse("2026-03-04T02:00:00Z"), Instant.parse("2026-03-04T03:00:00Z"), KOLKATA);
        assertEquals(List.of(new ReminderTiming.Slot(LocalDate.of(2026, 3, 3), Instant.parse("2026-03-04T02:30:00Z"))), slots);
        assertEquals(LocalDate.of(2026, 3, 4), t.targetDate(slots.get(0).sendDay()));
    }

    @Test
    void overdueRepeatsEverySevenDaysUpToThreeTimes() {
        ReminderTiming t = new ReminderTiming(ReminderKind.LOAN_OVERDUE, 1, LocalTime.of(10, 0), 7, 3, LocalTime.of(8, 0),
                LocalTime.of(20, 0));
        LocalDate due = LocalDate.of(2026, 1, 28);
        int grace = 2;
        LoanDues.Unpaid instalment = new LoanDues.Unpaid(1, FundSource.SHG_OWN, grace, due, 1_000_00);
        // First reminder: due + grace + 1 day = 31 Jan; then 7 Feb and 14 Feb; never 21 Feb.
        assertEquals(0, t.overdueSendNo(instalment, LocalDate.of(2026, 1, 30)));
        assertEquals(1, t.overdueSendNo(instalment, LocalDate.of(2026, 1, 31)));
        assertEquals(0, t.overdueSendNo(instalment, LocalDate.of(2026, 2, 1)));
        assertEquals(2, t.overdueSendNo(instalment, LocalDate.of(2026, 2, 7)));
        assertEquals(3, t.overdueSendNo(instalment, LocalDate.of(2026, 2, 14)));
        assertEquals(0, t.overdueSendNo(instalment, LocalDate.of(2026, 2, 21)));
        assertEquals(LocalDate.of(2026, 1, 28), t.oldestOverdueDue(LocalDate.of(2026, 2, 14), grace));
    }
}
