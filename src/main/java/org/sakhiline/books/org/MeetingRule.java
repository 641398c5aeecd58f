package org.sakhiline.books.org;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * An SHG's recurring meeting rule, as pure date arithmetic: WEEKLY on a day of the week; MONTHLY on the
 * nth weekday (1..4) or, when no week is given, on a fixed day of the month (clamped to the month's
 * last day, so "31" means the last day in shorter months).
 */
public record MeetingRule(MeetingFrequency frequency, Integer dayOfWeek, Integer weekOfMonth, Integer dayOfMonth) {

    public MeetingRule {
        if (frequency == null) {
            throw new IllegalArgumentException("meeting frequency is required");
        }
        boolean weekly = frequency == MeetingFrequency.WEEKLY;
        boolean nthWeekday = !weekly && weekOfMonth != null;
        if ((weekly || nthWeekday) && (dayOfWeek == null || dayOfWeek < 1 || dayOfWeek > 7)) {
            throw new IllegalArgumentException("meeting day of week must be 1 (Monday) .. 7 (Sunday)");
        }
        if (nthWeekday && (weekOfMonth < 1 || weekOfMonth > 4)) {
            throw new IllegalArgumentException("meeting week of month must be 1..4");
        }
        if (!weekly && !nthWeekday && (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new IllegalArgumentException("a monthly meeting needs a week of month or a day of month");
        }
    }

    /** The first meeting date on or after {@code date}. */
    public LocalDate firstOnOrAfter(LocalDate date) {
        if (frequency == MeetingFrequency.WEEKLY) {
            return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dayOfWeek)));
        }
        LocalDate inMonth = inMonthOf(date);
        return inMonth.isBefore(date) ? inMonthOf(date.withDayOfMonth(1).plusMonths(1)) : inMonth;
    }

    /** Meeting dates in {@code [from, toInclusive]}, ascending. */
    public List<LocalDate> datesBetween(LocalDate from, LocalDate toInclusive) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = firstOnOrAfter(from); !d.isAfter(toInclusive); d = firstOnOrAfter(d.plusDays(1))) {
            dates.add(d);
        }
        return dates;
    }

    private LocalDate inMonthOf(LocalDate date) {
        if (weekOfMonth != null) {
            return date.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, DayOfWeek.of(dayOfWeek)));
        }
        return date.withDayOfMonth(Math.min(dayOfMonth, date.lengthOfMonth()));
    }
}
