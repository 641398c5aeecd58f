package org.sakhiline.menu;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.sakhiline.support.Gsm7;
import org.sakhiline.support.i18n.DateText;
import org.sakhiline.support.i18n.Money;

/**
 * Types of the values actions expose to prompts. Values travel in a JSON-friendly "wire" form (paise as
 * a number, dates as ISO strings) so a session can be stored and a screen re-rendered or spoken later;
 * {@link #format} turns them into text in a language, {@link #widest} gives the longest text a value of
 * this type can render to, for the screen-size check.
 */
public enum ValueType {
    /** Paise, shown "Rs 1,25,300". */
    AMOUNT,
    /** Paise with a sign, shown "+Rs 500" / "-Rs 200". */
    SIGNED_AMOUNT,
    /** ISO date, shown "17 Feb" / "17 फ़रवरी". */
    DATE,
    /** ISO date, shown with the weekday: "Mon, 17 Feb". */
    DAY_DATE,
    /** ISO local time "HH:mm", shown "10:30 am" / "सुबह 10:30". */
    TIME,
    /** A small whole number (tries left, minutes). */
    NUMBER,
    /** Free text (a place, a name), cut to the declared maximum length. */
    TEXT,
    /** A list of items, each a map of named values; rendered one line per item. */
    LIST;

    /**
     * Largest amount screens are sized for: Rs 99,99,999 (just under one crore, far above any SHG
     * member's savings or dues). A larger amount still shows; the channel's pager splits the screen.
     */
    public static final long WIDEST_PAISE = 9_999_999_00L;
    private static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);

    public String format(Object wire, String lang) {
        return switch (this) {
            case AMOUNT -> Money.format(((Number) wire).longValue(), lang);
            case SIGNED_AMOUNT -> Money.signed(((Number) wire).longValue(), lang);
            case DATE -> DateText.date(LocalDate.parse(wire.toString()), lang);
            case DAY_DATE -> DateText.dayDate(LocalDate.parse(wire.toString()), lang);
            case TIME -> DateText.time(LocalTime.parse(wire.toString()), lang);
            case NUMBER, TEXT -> wire.toString();
            case LIST -> throw new IllegalStateException("a list renders through a node's lines, not a placeholder");
        };
    }

    /**
     * The widest rendering in {@code lang}: every day of a year for dates, every quarter hour for times,
     * {@code maxLength} characters for text. Widest by screen cost: a GSM-7 string is measured in
     * septets, anything else in UTF-16 units, and a non-GSM string always wins a tie-break.
     */
    public String widest(String lang, int maxLength) {
        return switch (this) {
            case AMOUNT -> Money.format(maxLength > 0 ? rupeesOfDigits(maxLength) * 100 : WIDEST_PAISE, lang);
            case SIGNED_AMOUNT -> Money.signed(WIDEST_PAISE, lang);
            case DATE -> widestOf(IntStream.range(0, 365).mapToObj(d -> DateText.date(YEAR_START.plusDays(d), lang)));
            case DAY_DATE -> widestOf(IntStream.range(0, 365).mapToObj(d -> DateText.dayDate(YEAR_START.plusDays(d), lang)));
            case TIME -> widestOf(IntStream.range(0, 96).mapToObj(q -> DateText.time(LocalTime.of(q / 4, (q % 4) * 15), lang)));
            case NUMBER -> "9".repeat(Math.max(1, maxLength));
            case TEXT -> "W".repeat(Math.max(1, maxLength));
            case LIST -> "";
        };
    }

    /** The largest whole-rupee amount with {@code digits} digits (an amount's declared width). */
    private static long rupeesOfDigits(int digits) {
        return (long) Math.pow(10, Math.min(digits, 16)) - 1;
    }

    private static String widestOf(Stream<String> candidates) {
        return candidates.max(Comparator.comparingInt(ValueType::cost)).orElse("");
    }

    private static int cost(String s) {
        int septets = Gsm7.septets(s);
        return septets >= 0 ? septets : s.length() * 3;
    }
}
