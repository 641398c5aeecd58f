package org.sakhiline.support.i18n;

import com.ibm.icu.util.ULocale;
import java.util.Set;

/**
 * Language tags as SakhiLine uses them: a base language ({@code hi}, {@code ur}, ...) optionally with
 * {@code -Latn} for the Roman-script variant a member reads (and pays a third for by SMS).
 */
public final class Languages {

    public static final String ROMAN_SUFFIX = "-Latn";
    /** The base languages a member can have, as a pattern for validation. */
    public static final String BASE_CODES = "en|hi|as|bn|mni|ur|sd";
    /** Every language tag texts are written in: the base languages and the Roman-script variants members read. */
    public static final java.util.List<String> TAGS = java.util.List.of("en", "hi", "hi-Latn", "as", "bn", "mni", "ur", "ur-Latn", "sd");
    private static final Set<String> PAKISTAN = Set.of("ur", "sd");

    private Languages() {}

    /** {@code hi-Latn} → {@code hi}. */
    public static String base(String tag) {
        return roman(tag) ? tag.substring(0, tag.length() - ROMAN_SUFFIX.length()) : tag;
    }

    public static boolean roman(String tag) {
        return tag.endsWith(ROMAN_SUFFIX);
    }

    /** The tag for a member's language and script choice ({@code en} has no Roman variant). */
    public static String tag(String base, boolean roman) {
        return roman && !"en".equals(base) ? base + ROMAN_SUFFIX : base;
    }

    /** Urdu and Sindhi members are served as in Pakistan (western digit grouping). */
    public static boolean pakistani(String tag) {
        return PAKISTAN.contains(base(tag));
    }

    /**
     * Locale for month and weekday names, always with ASCII digits: Roman variants read English
     * names, which is how dates are written in Latin letters in both countries.
     */
    public static ULocale dateLocale(String tag) {
        if (roman(tag) || "en".equals(tag)) {
            return new ULocale(pakistani(tag) ? "en_PK@numbers=latn" : "en_IN@numbers=latn");
        }
        String base = base(tag);
        return new ULocale(base + (pakistani(base) ? "_PK" : "_IN") + "@numbers=latn");
    }
}
