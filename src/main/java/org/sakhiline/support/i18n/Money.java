package org.sakhiline.support.i18n;

import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Rupee amounts for screens and SMS: "Rs 1,25,300" with Indian lakh grouping (ICU4J: java.text cannot
 * group in lakhs), "Rs 125,300" for Pakistan. Paise are shown only when non-zero, so the common case
 * stays short. "Rs" and ASCII digits keep an English screen in GSM-7.
 */
public final class Money {

    private static final DecimalFormatSymbols LATN = DecimalFormatSymbols.getInstance(new ULocale("en_IN@numbers=latn"));
    // DecimalFormat is not thread-safe; one per thread per style is cheap and avoids per-call parsing.
    private static final ThreadLocal<DecimalFormat> INDIAN = ThreadLocal.withInitial(() -> new DecimalFormat("#,##,##0", LATN));
    private static final ThreadLocal<DecimalFormat> WESTERN = ThreadLocal.withInitial(() -> new DecimalFormat("#,##0", LATN));

    private Money() {}

    /** {@code 12530000} paise in {@code hi} → "Rs 1,25,300"; negative amounts get a leading "-". */
    public static String format(long paise, String langTag) {
        return format(paise, Languages.pakistani(langTag));
    }

    /** Country decides grouping: PK western, everything else Indian. */
    public static String format(long paise, Locale locale) {
        return format(paise, "PK".equals(locale.getCountry()));
    }

    /** Like {@link #format(long, String)} with an explicit sign: "+Rs 500", "-Rs 200" (statements). */
    public static String signed(long paise, String langTag) {
        return (paise >= 0 ? "+" : "") + format(paise, langTag);
    }

    private static String format(long paise, boolean western) {
        long abs = Math.abs(paise);
        DecimalFormat grouping = western ? WESTERN.get() : INDIAN.get();
        StringBuilder sb = new StringBuilder(20);
        if (paise < 0) {
            sb.append('-');
        }
        sb.append("Rs ").append(grouping.format(abs / 100));
        long fraction = abs % 100;
        if (fraction != 0) {
            sb.append('.').append(fraction < 10 ? "0" : "").append(fraction);
        }
        return sb.toString();
    }
}
