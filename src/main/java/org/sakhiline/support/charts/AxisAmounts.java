package org.sakhiline.support.charts;

/**
 * Short rupee amounts for chart axes, where "Rs 1,25,30,000" does not fit: "Rs 1.25 Cr", "Rs 12.5 L",
 * "Rs 45K" (India: lakh and crore); "Rs 1.25M" for Pakistan. Tables beside the charts give the amounts in full.
 */
public final class AxisAmounts {

    private AxisAmounts() {}

    public static String rupees(long paise, boolean western) {
        long rupees = paise / 100;
        long abs = Math.abs(rupees);
        String sign = rupees < 0 ? "-" : "";
        if (western) {
            return sign + "Rs " + (abs >= 1_000_000 ? scaled(abs, 1_000_000) + "M" : abs >= 1_000 ? scaled(abs, 1_000) + "K" : abs);
        }
        return sign + "Rs " + (abs >= 1_00_00_000 ? scaled(abs, 1_00_00_000) + " Cr" : abs >= 1_00_000 ? scaled(abs, 1_00_000) + " L"
                : abs >= 1_000 ? scaled(abs, 1_000) + "K" : abs);
    }

    /** Up to two decimals, trailing zeros dropped: 1250000 / 100000 → "12.5". Integer arithmetic, no float. */
    static String scaled(long value, long unit) {
        long hundredths = (value * 100 + unit / 2) / unit;
        long whole = hundredths / 100;
        long frac = hundredths % 100;
        if (whole >= 100) {
            return Long.toString((value + unit / 2) / unit);
        }
        if (frac == 0) {
            return Long.toString(whole);
        }
        return whole + "." + (frac % 10 == 0 ? Long.toString(frac / 10) : (frac < 10 ? "0" : "") + frac);
    }

    /** Basis points as a percentage with one decimal: 1250 → "12.5%". */
    public static String percent(long basisPoints) {
        long tenths = Math.floorDiv(basisPoints + 5, 10);
        return tenths / 10 + (tenths % 10 == 0 ? "" : "." + tenths % 10) + "%";
    }
}
