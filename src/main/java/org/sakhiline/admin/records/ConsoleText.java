package org.sakhiline.admin.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.sakhiline.books.org.Country;
import org.sakhiline.support.i18n.Money;

/** How the console writes amounts, dates and languages for staff (English labels, the group's digit grouping). */
final class ConsoleText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    /** Each language in its own script (as language pickers do), so the name reads the same in every console language. */
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "hi", "हिन्दी", "as", "অসমীয়া",
            "bn", "বাংলা", "mni", "মৈতৈলোন্ (Meitei)", "ur", "اردو", "sd", "سنڌي");

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

    static String languageName(String code) {
        return LANGUAGE_NAMES.getOrDefault(code, code);
    }

    /** Urdu and Sindhi are written right to left. */
    static boolean rtl(String language) {
        return "ur".equals(language) || "sd".equals(language);
    }
}
