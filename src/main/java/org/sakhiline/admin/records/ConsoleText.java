package org.sakhiline.admin.records;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import org.sakhiline.books.org.Country;
import org.sakhiline.books.org.MeetingFrequency;
import org.sakhiline.books.org.ShgProfileData;
import org.sakhiline.support.i18n.Money;

/** How the console writes amounts, dates and languages for staff (English labels, the group's digit grouping). */
final class ConsoleText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "hi", "Hindi", "as", "Assamese",
            "bn", "Bengali", "mni", "Meitei", "ur", "Urdu", "sd", "Sindhi");
    private static final String[] ORDINALS = {"", "1st", "2nd", "3rd", "4th"};

    private ConsoleText() {}

    /** Indian lakh grouping, western grouping for Pakistan: the way the group's own books are written. */
    static String money(long paise, Country country) {
        return Money.format(paise, new Locale("en", country == null ? "IN" : country.name()));
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** Stored instants are UTC; the console says so rather than guess the reader's zone. */
    static String utc(Instant instant) {
        return instant == null ? "" : STAMP.format(instant) + " UTC";
    }

    static String languageName(String code) {
        return LANGUAGE_NAMES.getOrDefault(code, code);
    }

    /** Urdu and Sindhi are written right to left. */
    static boolean rtl(String language) {
        return "ur".equals(language) || "sd".equals(language);
    }

    static String schedule(ShgProfileData p) {
        if (p == null) {
            return "";
        }
        String when;
        if (p.meetingFrequency() == MeetingFrequency.WEEKLY) {
            when = "Weekly on " + weekday(p.meetingDayOfWeek());
        } else if (p.meetingWeekOfMonth() != null) {
            when = "Monthly on the " + ORDINALS[p.meetingWeekOfMonth()] + " " + weekday(p.meetingDayOfWeek());
        } else {
            when = "Monthly on day " + p.meetingDayOfMonth();
        }
        return when + " at " + time(p.meetingTime()) + ", " + p.meetingPlace() + " (" + p.timeZone() + ")";
    }

    private static String weekday(Integer isoDay) {
        return isoDay == null ? "?" : DayOfWeek.of(isoDay).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
