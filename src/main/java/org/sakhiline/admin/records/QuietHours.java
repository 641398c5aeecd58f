package org.sakhiline.admin.records;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.sakhiline.reminders.ReminderKind;
import org.sakhiline.reminders.ReminderTiming;

/**
 * What a rule's sending hours do to its send time, worked out by the reminders' own {@link ReminderTiming}
 * (not restated here), so the form's sentence can never again say the opposite of what happens: reminders go
 * out only between {@code from} and {@code until}; a send time outside them (the quiet hours) waits for the next
 * {@code from}, the same morning or the next one. Nothing is dropped.
 *
 * @param outcome  ON_TIME, LATER_SAME_DAY (send time before the window opens) or NEXT_MORNING (at or after it closes)
 * @param goesOut  the local time the reminder actually goes out
 */
public record QuietHours(Outcome outcome, LocalTime sendAt, LocalTime goesOut, LocalTime from, LocalTime until) {

    public enum Outcome { ON_TIME, LATER_SAME_DAY, NEXT_MORNING }

    /** Null when a value is missing or the window is empty (the form then shows the plain rule only). */
    public static QuietHours of(LocalTime sendAt, LocalTime from, LocalTime until) {
        if (sendAt == null || from == null || until == null || !from.isBefore(until)) {
            return null;
        }
        LocalDate day = LocalDate.of(2000, 1, 3);
        LocalDateTime out = new ReminderTiming(ReminderKind.MEETING, 1, sendAt, 0, 1, from, until).sendTime(day);
        Outcome outcome = out.toLocalDate().isAfter(day) ? Outcome.NEXT_MORNING
                : out.toLocalTime().equals(sendAt) ? Outcome.ON_TIME : Outcome.LATER_SAME_DAY;
        return new QuietHours(outcome, sendAt, out.toLocalTime(), from, until);
    }

    public String sendAtText() {
        return ConsoleText.time(sendAt);
    }

    public String goesOutText() {
        return ConsoleText.time(goesOut);
    }

    public String fromText() {
        return ConsoleText.time(from);
    }

    public String untilText() {
        return ConsoleText.time(until);
    }

    public boolean onTime() {
        return outcome == Outcome.ON_TIME;
    }

    public boolean nextMorning() {
        return outcome == Outcome.NEXT_MORNING;
    }
}
