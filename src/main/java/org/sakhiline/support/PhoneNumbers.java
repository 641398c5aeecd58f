package org.sakhiline.support;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers as SakhiLine stores them: E.164, with the country code. Numbers as people type them
 * ({@code 098123 45678}, {@code +91 98123-45678}, {@code 0300 1234567}) are read with libphonenumber in the
 * country of the group they belong to, and a number that cannot exist there is refused, not guessed at.
 */
public final class PhoneNumbers {

    /** An E.164 number: "+", a country code and up to 15 digits in all. */
    public static final String E164 = "\\+[1-9][0-9]{6,14}";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final java.util.regex.Pattern NOT_DIGIT_OR_PLUS = java.util.regex.Pattern.compile("[^0-9+]");

    private PhoneNumbers() {}

    /** A typed number read: its E.164 form, or why it was refused (short, for a row problem or a form). */
    public record Reading(String e164, String refusal) {
        public boolean valid() {
            return e164 != null;
        }
    }

    /**
     * Reads a number as typed, in {@code region} (ISO 3166 alpha-2, e.g. {@code IN}, {@code PK}) when it has
     * no country code. Digits of any script count (Devanagari, Arabic-Indic, ...). Valid means the number can
     * exist (libphonenumber's metadata), not that it is in service.
     */
    public static Reading read(String typed, String region) {
        if (typed == null || typed.isBlank()) {
            return new Reading(null, "is empty");
        }
        String raw = typed.strip();
        // "91 98123 45678" and "0091..." come from sheets where the "+" was lost to number formatting.
        String digits = NOT_DIGIT_OR_PLUS.matcher(raw).replaceAll("");
        String candidate = raw;
        if (digits.startsWith("00")) {
            candidate = "+" + digits.substring(2);
        }
        try {
            PhoneNumber n = UTIL.parse(candidate, region);
            if (!UTIL.isValidNumber(n)) {
                PhoneNumber withPlus = digits.startsWith("+") ? null : tryParse("+" + digits);
                if (withPlus != null && UTIL.isValidNumber(withPlus)) {
                    n = withPlus;
                } else {
                    return new Reading(null, "is not a phone number that can exist in " + region);
                }
            }
            return new Reading(UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164), null);
        } catch (NumberParseException e) {
            return new Reading(null, "is not a phone number");
        }
    }

    /** The E.164 form of a number typed in {@code region}, if it can exist. */
    public static Optional<String> normalise(String typed, String region) {
        return Optional.ofNullable(read(typed, region).e164());
    }

    /** True for a stored E.164 number that can exist (the regex {@link #E164} only checks its shape). */
    public static boolean isValidE164(String e164) {
        if (e164 == null || !e164.matches(E164)) {
            return false;
        }
        PhoneNumber n = tryParse(e164);
        return n != null && UTIL.isValidNumber(n);
    }

    private static PhoneNumber tryParse(String s) {
        try {
            return UTIL.parse(s, null);
        } catch (NumberParseException e) {
            return null;
        }
    }
}
