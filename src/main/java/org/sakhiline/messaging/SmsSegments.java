package org.sakhiline.messaging;

import org.sakhiline.support.Gsm7;

/**
 * Counts what an SMS costs: every part is paid for, so templates are checked with this and every
 * outbox row records it.
 */
public final class SmsSegments {

    /** Encoding, units (septets for GSM-7, UTF-16 code units for UCS-2) and parts of one text. */
    public record Count(SmsEncoding encoding, int units, int segments) {}

    private SmsSegments() {}

    public static Count of(CharSequence text) {
        int septets = Gsm7.septets(text);
        if (septets >= 0) {
            return new Count(SmsEncoding.GSM7, septets, gsm7Parts(text, septets));
        }
        // UCS-2: one unit per UTF-16 char, so a surrogate pair (emoji, rare scripts) counts as two.
        int units = text.length();
        int parts = units <= SmsEncoding.UCS2.singleLimit ? 1 : ceilDiv(units, SmsEncoding.UCS2.partLimit);
        return new Count(SmsEncoding.UCS2, units, parts);
    }

    /**
     * Packs parts of 153 septets the way handsets and SMSCs do: an extension character (escape plus
     * character) is never split across two parts, so it may push a part over to the next one.
     */
    private static int gsm7Parts(CharSequence text, int septets) {
        if (septets <= SmsEncoding.GSM7.singleLimit) {
            return 1;
        }
        int parts = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = Gsm7.isExtension(text.charAt(i)) ? 2 : 1;
            if (used + cost > SmsEncoding.GSM7.partLimit) {
                parts++;
                used = 0;
            }
            used += cost;
        }
        return parts;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
