package org.sakhiline.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.books.loans.LoanDues;

/**
 * A rule's timing as pure date arithmetic in a group's time zone. A reminder is "meant for" a local
 * send day at {@code sendAt}; when that falls in quiet hours (outside {@code [windowStart, windowEnd)}) it
 * moves to the next window start (earlier the same morning, or the next morning), never dropped.
 */
public record ReminderTiming(ReminderKind kind, int daysOffset, LocalTime sendAt, int repeatEveryDays, int maxSends,
                             LocalTime windowStart, LocalTime windowEnd) {

    /** A send day whose (shifted) send instant falls in the window being planned. */
    public record Slot(LocalDate sendDay, Instant sendInstant) {}

    public ReminderTiming {
        if (!windowStart.isBefore(windowEnd)) {
            throw new IllegalArgumentException("window start must be before window end");
        }
    }

    /** The local moment a reminder meant for {@code sendDay} goes out, moved out of quiet hours. */
    public LocalDateTime sendTime(LocalDate sendDay) {
        LocalTime t = sendAt;
        if (t.isBefore(windowStart)) {
            return sendDay.atTime(windowStart);
        }
        if (!t.isBefore(windowEnd)) {
            return sendDay.plusDays(1).atTime(windowStart);
        }
        return sendDay.atTime(t);
    }

    public Instant sendInstant(LocalDate sendDay, ZoneId zone) {
        return sendTime(sendDay).atZone(zone).toInstant();
    }

    /**
     * Send days whose send instant is in {@code (from, to]}. A shift moves a reminder at most into the
     * next day, so starting one day before {@code from}'s local date finds every one.
     */
    public List<Slot> slotsIn(Instant from, Instant to, ZoneId zone) {
        List<Slot> slots = new ArrayList<>(2);
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate d = from.atZone(zone).toLocalDate().minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            Instant s = sendInstant(d, zone);
            if (s.isAfter(from) && !s.isAfter(to)) {
                slots.add(new Slot(d, s));
            }
        }
        return slots;
    }

    /** MEETING / INSTALMENT_DUE: the date a reminder sent (meant) on {@code sendDay} is about. */
    public LocalDate targetDate(LocalDate sendDay) {
        return sendDay.plusDays(daysOffset);
    }

    /**
     * LOAN_OVERDUE: which reminder (1..maxSends) about {@code instalment} is meant for {@code sendDay}; 0 when
     * none is. The first goes on its {@code daysOffset}-th day overdue by the books' rule (day 1 is
     * {@link LoanDues.Unpaid#overdueFrom}), the next every {@code repeatEveryDays} after.
     */
    public int overdueSendNo(LoanDues.Unpaid instalment, LocalDate sendDay) {
        long k = ChronoUnit.DAYS.between(instalment.overdueFrom().plusDays(daysOffset - 1L), sendDay);
        if (k < 0) {
            return 0;
        }
        if (k == 0) {
            return 1;
        }
        if (repeatEveryDays <= 0 || k % repeatEveryDays != 0) {
            return 0;
        }
        long n = k / repeatEveryDays + 1;
        return n <= maxSends ? (int) n : 0;
    }

    /** LOAN_OVERDUE: the earliest due date (for a given grace) that can still have a reminder on {@code sendDay}. */
    public LocalDate oldestOverdueDue(LocalDate sendDay, int maxGraceDays) {
        return sendDay.minusDays((long) daysOffset + maxGraceDays + (long) Math.max(0, maxSends - 1) * repeatEveryDays);
    }
}
