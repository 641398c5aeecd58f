package org.sakhiline.support.i18n;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates, weekdays and times of day in a member's language with ASCII digits. Native scripts get full
 * month and weekday names (abbreviations such as "सित॰" read poorly); English and Roman variants get
 * the short English forms. Times read the way people say them: "सुबह 10:30", "10:30 am".
 */
public final class DateText {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final Map<String, SimpleDateFormat> PROTOTYPES = new ConcurrentHashMap<>();

    /** Words for morning (5–11), midday (12–15), evening (16–19) and night, per language. */
    private static final Map<String, String[]> DAY_PERIODS = Map.of(
            "hi", new String[] {"सुबह", "दोपहर", "शाम", "रात"},
            "hi-Latn", new String[] {"subah", "dopahar", "shaam", "raat"},
            "as", new String[] {"পুৱা", "দুপৰীয়া", "আবেলি", "ৰাতি"},
            "bn", new String[] {"সকাল", "দুপুর", "সন্ধ্যা", "রাত"},
            "mni", new String[] {"অয়ুক", "নুংথিল", "নুমিদাং", "অহিং"},
            "ur", new String[] {"صبح", "دوپہر", "شام", "رات"},
            "ur-Latn", new String[] {"subah", "dopahar", "shaam", "raat"},
            "sd", new String[] {"صبح", "منجهند", "شام", "رات"});

    /** ICU's short Assamese weekdays ("বৃহ") are not how people write them; the full names fit. */
    private static final java.util.Set<String> FULL_WEEKDAY = java.util.Set.of("as");

    private DateText() {}

    /** "17 Feb", "17 फ़रवरी". */
    public static String date(LocalDate date, String langTag) {
        return format(date, langTag, latin(langTag) ? "d MMM" : "d MMMM");
    }

    /** "17 Feb 2026", "17 फ़रवरी 2026": a passbook's dates, which span years. */
    public static String fullDate(LocalDate date, String langTag) {
        return format(date, langTag, latin(langTag) ? "d MMM yyyy" : "d MMMM yyyy");
    }

    /**
     * "Mon, 17 Feb", "शुक्र, 17 फ़रवरी" (meetings: the weekday is what people remember). Short weekday
     * names are how Indic calendars print them and keep a UCS-2 screen within 80 characters.
     */
    public static String dayDate(LocalDate date, String langTag) {
        String weekday = FULL_WEEKDAY.contains(langTag) ? "EEEE" : "EEE";
        String pattern = latin(langTag) ? "EEE, d MMM" : Languages.pakistani(langTag) ? weekday + "، d MMMM" : weekday + ", d MMMM";
        return format(date, langTag, pattern);
    }

    /** "10:30 am" in English, otherwise a day-period word and a 12-hour clock: "शाम 5:00". */
    public static String time(LocalTime time, String langTag) {
        int h12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String clock = h12 + ":" + (time.getMinute() < 10 ? "0" : "") + time.getMinute();
        String[] periods = DAY_PERIODS.get(langTag);
        if (periods == null) {
            periods = DAY_PERIODS.get(Languages.base(langTag));
        }
        if (periods == null) {
            return clock + (time.getHour() < 12 ? " am" : " pm");
        }
        int h = time.getHour();
        String period = h >= 5 && h < 12 ? periods[0] : h >= 12 && h < 16 ? periods[1] : h >= 16 && h < 20 ? periods[2] : periods[3];
        return period + " " + clock;
    }

    private static boolean latin(String langTag) {
        return "en".equals(langTag) || Languages.roman(langTag);
    }

    private static String format(LocalDate date, String langTag, String pattern) {
        SimpleDateFormat prototype = PROTOTYPES.computeIfAbsent(langTag + '|' + pattern, k -> {
            SimpleDateFormat f = new SimpleDateFormat(pattern, Languages.dateLocale(langTag));
            f.setTimeZone(UTC);
            return f;
        });
        // ICU formats are not thread-safe; a clone is cheap next to a hop's database work.
        SimpleDateFormat f = (SimpleDateFormat) prototype.clone();
        return f.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
}
