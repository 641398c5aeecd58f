package org.sakhiline.meetingday;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakhiline.testing.AfricasTalkingDialer;
import org.sakhiline.testing.MeetingDayGroups;
import org.sakhiline.testing.MeetingDayGroups.Woman;

/** A member asking her own books over USSD, as any member does: main menu, the item, her PIN. */
final class UssdMember {

    private static final Pattern DUE = Pattern.compile("Rs ([0-9,]+)");

    private UssdMember() {}

    /** "1 Savings" (first item in every language) after her PIN. */
    static String balance(Woman w) {
        return ask(w, "1");
    }

    /** "2 Loan dues" after her PIN. */
    static String dues(Woman w) {
        return ask(w, "2");
    }

    /** The amount due on an English dues screen; 0 for "Nothing due now." */
    static long duesPaise(String screen) {
        if (screen.contains("Nothing due")) {
            return 0;
        }
        Matcher m = DUE.matcher(screen.substring(screen.indexOf("Due")));
        if (!m.find()) {
            throw new AssertionError("no amount due on: " + screen);
        }
        return Long.parseLong(m.group(1).replace(",", "")) * 100;
    }

    private static final Pattern BY = Pattern.compile("by (\\d{1,2}) ([A-Z][a-z]{2})");

    /** The "by <day> <month>" date of an English dues screen, in the year around {@code today}; null when nothing is due. */
    static java.time.LocalDate dueDate(String screen, java.time.LocalDate today) {
        Matcher m = BY.matcher(screen);
        if (!m.find()) {
            return null;
        }
        java.time.MonthDay day = java.time.MonthDay.parse(m.group(1) + " " + m.group(2),
                java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH));
        java.time.LocalDate date = day.atYear(today.getYear());
        return date.isBefore(today.minusMonths(6)) ? date.plusYears(1) : date.isAfter(today.plusMonths(6)) ? date.minusYears(1) : date;
    }

    private static String ask(Woman w, String item) {
        AfricasTalkingDialer d = new AfricasTalkingDialer(w.phone());
        d.dial();
        d.send(item);
        return d.send(MeetingDayGroups.PIN);
    }
}
