package org.sakhiline.admin.records;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
    private static final DateTimeFormatter LOCAL_STAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);
    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
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

    /** A yyyy-mm-dd query parameter, or null when it is blank or does not parse (a hand-edited link). */
    static LocalDate lenientDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** Stored instants are UTC; the console says so rather than guess the reader's zone. */
    static String utc(Instant instant) {
        return instant == null ? "" : STAMP.format(instant) + " UTC";
    }

    /** "6 Dec 2026, 21:55 IST": the moment as the group's clock showed it, with the zone named. */
    static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL_STAMP.format(instant.atZone(zone));
    }

    /** "IST", "PKT": the short name staff know, or the zone id where there is none. */
    static String zoneName(ZoneId zone) {
        return DateTimeFormatter.ofPattern("z", Locale.ENGLISH).format(java.time.ZonedDateTime.now(zone));
    }

    /** A group's own zone when it has a meeting profile, else its country's (one zone each today). */
    static ZoneId zone(String timeZone, String country) {
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                return ZoneId.of(timeZone);
            } catch (java.time.DateTimeException e) {
                // A zone id the JDK does not know falls back to the country's.
            }
        }
        return "PK".equals(country) ? PAKISTAN : INDIA;
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
