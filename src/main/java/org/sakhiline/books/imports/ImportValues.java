package org.sakhiline.books.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakhiline.books.posting.AmountLimits;

/**
 * Values as people type them in a federation's sheets, read into the books' own units. Pure functions:
 * each returns the value or throws {@link BadValue} with a short reason for the row problem.
 */
public final class ImportValues {

    /** Excel's day 0 for serial dates (1900 system, with its leap-year bug folded in from March 1900 on). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern AMOUNT = Pattern.compile("([0-9]+)(?:\\.([0-9]{0,2})0*)?");
    private static final Pattern DAY_FIRST = Pattern.compile("([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})");
    private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");
    private static final Pattern SERIAL = Pattern.compile("([0-9]{1,6})(?:\\.[0-9]+)?");

    private ImportValues() {}

    /** A value that cannot be read; the message is the reason shown in the row problem. */
    public static final class BadValue extends RuntimeException {
        public BadValue(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Digits of any script (Devanagari ०-९, Bengali ০-৯, Arabic-Indic ٠-٩, ...) as ASCII; other characters kept. */
    public static String asciiDigits(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch > 127 && Character.isDigit(ch)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append((char) ('0' + Character.digit(ch, 10)));
            } else if (out != null) {
                out.append(ch);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * Rupees as typed ({@code 1,25,000}, {@code 125000.00}, {@code ₹ 500}, {@code Rs. 1,000}, {@code १२५०})
     * to paise. Negative amounts and fractions of a paisa are refused.
     */
    public static long rupeesToPaise(String typed) {
        String s = asciiDigits(typed.strip())
                .replace('\u066B', '.')                     // Arabic decimal separator
                .replaceAll("[,\u066C\u00A0 ']", "")       // grouping: 1,25,000 / 125,000 / Arabic thousands
                .replaceFirst("^(?i)(₹|rs\\.?|inr|pkr)", "");
        if (s.startsWith("-")) {
            throw new BadValue("must not be negative");
        }
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            if (s.matches("[0-9]+\\.[0-9]{3,}")) {
                throw new BadValue("has more than 2 decimals (paise)");
            }
            throw new BadValue("is not an amount in rupees");
        }
        try {
            BigDecimal rupees = new BigDecimal(m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2)));
            long paise = rupees.movePointRight(2).longValueExact();
            // The ledger's own ceiling: what no posting may pass keeps every balance and schedule sum in range.
            if (paise > AmountLimits.HARD_CAP) {
                throw new BadValue("is too large");
            }
            return paise;
        } catch (ArithmeticException e) {
            throw new BadValue("is too large");
        }
    }

    /** A date as {@code 2026-11-03}, {@code 03/11/2026} (day first; also with '-' or '.') or an Excel serial number. */
    public static LocalDate date(String typed) {
        String s = asciiDigits(typed.strip());
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher dayFirst = DAY_FIRST.matcher(s);
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
        } catch (DateTimeException e) {
            throw new BadValue("is not a date in the calendar");
        }
        Matcher serial = SERIAL.matcher(s);
        if (serial.matches()) {
            long days = Long.parseLong(serial.group(1));
            if (days < 367 || days > 2_958_465) {   // 1901 .. 9999: smaller numbers are not dates anyone means
                throw new BadValue("is not a date (write it as 2026-11-03 or 03/11/2026)");
            }
            return EXCEL_EPOCH.plusDays(days);
        }
        throw new BadValue("is not a date (write it as 2026-11-03 or 03/11/2026)");
    }

    /** A whole number as typed ({@code 12}, {@code १२}, {@code 12.0} from a spreadsheet cell). */
    public static int wholeNumber(String typed) {
        String s = asciiDigits(typed.strip()).replace(",", "");
        if (s.matches("[0-9]{1,9}(\\.0*)?")) {
            return Integer.parseInt(s.contains(".") ? s.substring(0, s.indexOf('.')) : s);
        }
        throw new BadValue(s.startsWith("-") ? "must not be negative" : "is not a whole number");
    }

    /** A percentage such as {@code 12}, {@code 12.5} or {@code 12%}, in basis points (12% = 1200). */
    public static int percentToBasisPoints(String typed) {
        String s = asciiDigits(typed.strip()).replace("%", "").strip();
        if (!s.matches("[0-9]{1,3}(\\.[0-9]{0,2})?0*")) {
            throw new BadValue(s.startsWith("-") ? "must not be negative" : "is not a percentage like 12 or 12.5");
        }
        return new BigDecimal(s).movePointRight(2).intValue();
    }
}
