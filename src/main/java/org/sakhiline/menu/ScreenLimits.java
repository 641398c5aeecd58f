package org.sakhiline.menu;

import org.sakhiline.support.Gsm7;

/**
 * How much text one screen holds: {@code gsm7Chars} septets when every character is GSM-7, else
 * {@code ucs2Units} UTF-16 units; {@code reserve} is kept free for lines a channel adds itself.
 * Some operators allow only 160 GSM-7 characters: pass a stricter record for them.
 */
public record ScreenLimits(int gsm7Chars, int ucs2Units, int reserve) {

    /** Africa's Talking and most Indian/Pakistani gateways. */
    public static final ScreenLimits USSD = new ScreenLimits(182, 80, 0);

    /** What {@code text} costs: septets when it is all GSM-7, otherwise UTF-16 units. */
    public static int cost(String text) {
        int septets = Gsm7.septets(text);
        return septets >= 0 ? septets : text.length();
    }

    public static boolean ucs2(String text) {
        return !Gsm7.fits(text);
    }

    /** Room for a text in {@code text}'s own encoding. */
    public int capacity(String text) {
        return (Gsm7.fits(text) ? gsm7Chars : ucs2Units) - reserve;
    }

    public boolean fits(String text) {
        return cost(text) <= capacity(text);
    }
}
