package org.sakhiline.support;

/**
 * The GSM 03.38 7-bit alphabet, which decides what a USSD screen or an SMS can hold: a text that is
 * all GSM-7 costs one septet per character (two for the extension table), and a single character
 * outside it turns the whole text into UCS-2 (one 16-bit unit per UTF-16 char).
 */
public final class Gsm7 {

    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Reached through the escape character: each costs two septets. */
    private static final String EXTENSION = "\f^{}\\[~]|€";

    private Gsm7() {}

    /** True when every character of {@code text} can be sent in GSM-7. */
    public static boolean fits(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) < 0 && EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Septets {@code text} takes in GSM-7 (extension characters count two); -1 when it does not fit. */
    public static int septets(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                n += 1;
            } else if (EXTENSION.indexOf(c) >= 0) {
                n += 2;
            } else {
                return -1;
            }
        }
        return n;
    }

    /** True for characters of the extension table, which take two septets. */
    public static boolean isExtension(char c) {
        return EXTENSION.indexOf(c) >= 0;
    }
}
