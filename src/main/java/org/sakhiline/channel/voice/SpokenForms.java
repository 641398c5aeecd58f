package org.sakhiline.channel.voice;

import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sakhiline.support.i18n.Languages;

/**
 * Numbers, dates and times as a voice says them. For text-to-speech: numbers in words where ICU
 * spells them the Indian way (en-IN "one lakh twenty-five thousand", Hindi), else digits in lakh
 * grouping, which Indian TTS voices read as amounts; full month and weekday names. For recordings:
 * the clip names of each part (numbers from {@link IndianNumberWords}).
 */
public final class SpokenForms {

    /** ICU spell-out locales that count in lakhs and crores. */
    private static final Map<String, String> SPELLOUT = Map.of("en", "en_IN", "hi", "hi");
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final Map<String, ThreadLocal<RuleBasedNumberFormat>> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, SimpleDateFormat> DATES = new ConcurrentHashMap<>();
    private static final ThreadLocal<DecimalFormat> INDIAN = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##,##0", DecimalFormatSymbols.getInstance(new ULocale("en_IN@numbers=latn"))));

    public static final String[] PERIODS = {"period_morning", "period_midday", "period_evening", "period_night"};
    public static final String OCLOCK = "oclock";

    private SpokenForms() {}

    /** 125300 → "one lakh twenty-five thousand three hundred" (en), "एक लाख पच्चीस हज़ार तीन सौ" (hi), "1,25,300". */
    public static String number(long n, String lang) {
        String locale = SPELLOUT.get(Languages.base(lang));
        if (locale == null) {
            return INDIAN.get().format(n);
        }
        return WORDS.computeIfAbsent(locale, l -> ThreadLocal.withInitial(
                () -> new RuleBasedNumberFormat(new ULocale(l), RuleBasedNumberFormat.SPELLOUT))).get().format(n);
    }

    /** "17 February" in the language's month names. */
    public static String date(LocalDate date, String lang) {
        return format(date, lang, "d MMMM");
    }

    /** "Wednesday, 17 February". */
    public static String dayDate(LocalDate date, String lang) {
        return format(date, lang, Languages.pakistani(lang) ? "EEEE، d MMMM" : "EEEE, d MMMM");
    }

    // ---- recordings ----

    public static String monthClip(LocalDate date) {
        return "month_" + date.getMonthValue();
    }

    /** weekday_1 (Monday) .. weekday_7 (Sunday). */
    public static String weekdayClip(LocalDate date) {
        return "weekday_" + date.getDayOfWeek().getValue();
    }

    public static List<String> dateClips(LocalDate date) {
        List<String> clips = new ArrayList<>(IndianNumberWords.fragments(date.getDayOfMonth()));
        clips.add(monthClip(date));
        return clips;
    }

    public static List<String> dayDateClips(LocalDate date) {
        List<String> clips = new ArrayList<>();
        clips.add(weekdayClip(date));
        clips.addAll(dateClips(date));
        return clips;
    }

    /** Part of day, the hour on a 12-hour clock, minutes when not on the hour, "o'clock": "subah das baje". */
    public static List<String> timeClips(LocalTime time) {
        int h = time.getHour();
        String period = h >= 5 && h < 12 ? PERIODS[0] : h >= 12 && h < 16 ? PERIODS[1] : h >= 16 && h < 20 ? PERIODS[2] : PERIODS[3];
        List<String> clips = new ArrayList<>();
        clips.add(period);
        clips.addAll(IndianNumberWords.fragments(h % 12 == 0 ? 12 : h % 12));
        if (time.getMinute() > 0) {
            clips.addAll(IndianNumberWords.fragments(time.getMinute()));
        }
        clips.add(OCLOCK);
        return clips;
    }

    private static String format(LocalDate date, String lang, String pattern) {
        SimpleDateFormat prototype = DATES.computeIfAbsent(lang + '|' + pattern, k -> {
            SimpleDateFormat f = new SimpleDateFormat(pattern, Languages.dateLocale(lang));
            f.setTimeZone(UTC);
            return f;
        });
        SimpleDateFormat f = (SimpleDateFormat) prototype.clone();
        return f.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
}
