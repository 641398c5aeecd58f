package org.sakhiline.channel.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans a whole number as recorded fragments in Indian order: crore, lakh, thousand, hundred, then
 * tens and units as one word (Indic languages and Urdu have a distinct word for every number 1–99, so
 * "25" is one recording, never "twenty" + "five"). 1,25,300 → num_1 lakh num_25 thousand num_3 hundred.
 * Pure and stateless; the clip names are those of {@link AudioLibrary}.
 */
public final class IndianNumberWords {

    public static final String CRORE = "crore";
    public static final String LAKH = "lakh";
    public static final String THOUSAND = "thousand";
    public static final String HUNDRED = "hundred";
    /** Scale words in the order a number is spoken. */
    public static final List<String> SCALES = List.of(CRORE, LAKH, THOUSAND, HUNDRED);

    private IndianNumberWords() {}

    /** The clip for a number 0–99. */
    public static String unit(int n) {
        if (n < 0 || n > 99) {
            throw new IllegalArgumentException("a unit clip is 0..99, got " + n);
        }
        return "num_" + n;
    }

    /** Fragments for {@code n} ≥ 0; more than 99 crore is spoken as "<n> crore" with n planned again. */
    public static List<String> fragments(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative numbers are spoken with a sign word first: " + n);
        }
        List<String> out = new ArrayList<>();
        if (n == 0) {
            out.add(unit(0));
            return out;
        }
        plan(n, out);
        return out;
    }

    private static void plan(long n, List<String> out) {
        long crores = n / 1_00_00_000L;
        long rest = n % 1_00_00_000L;
        if (crores > 0) {
            plan(crores, out);
            out.add(CRORE);
        }
        int lakhs = (int) (rest / 1_00_000);
        int thousands = (int) (rest / 1_000 % 100);
        int hundreds = (int) (rest / 100 % 10);
        int units = (int) (rest % 100);
        if (lakhs > 0) {
            out.add(unit(lakhs));
            out.add(LAKH);
        }
        if (thousands > 0) {
            out.add(unit(thousands));
            out.add(THOUSAND);
        }
        if (hundreds > 0) {
            out.add(unit(hundreds));
            out.add(HUNDRED);
        }
        if (units > 0) {
            out.add(unit(units));
        }
    }
}
