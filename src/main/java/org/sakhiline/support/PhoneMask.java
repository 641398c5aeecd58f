package org.sakhiline.support;

/** Phone numbers never appear in logs in full: keep the country code and the last two digits. */
public final class PhoneMask {

    private PhoneMask() {}

    /** {@code +919812345678} → {@code +91******78}; null and short values are fully masked. */
    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return "<none>";
        }
        String p = phone.strip();
        if (p.length() <= 5) {
            return "*".repeat(p.length());
        }
        int keepStart = p.startsWith("+") ? 3 : 2;
        return p.substring(0, keepStart) + "*".repeat(p.length() - keepStart - 2) + p.substring(p.length() - 2);
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\+?[0-9][0-9 ()-]{6,18}[0-9]");

    /** Masks every phone-like number inside free text (a provider's error message, say). */
    public static String maskNumbersIn(String text) {
        if (text == null) {
            return null;
        }
        return NUMBER.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                mask(m.group().replaceAll("[ ()-]", ""))));
    }
}
