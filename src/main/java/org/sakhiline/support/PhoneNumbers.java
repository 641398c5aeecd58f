package org.sakhiline.support;

/** Phone numbers as SakhiLine stores them: E.164, with the country code (a national number is never guessed). */
public final class PhoneNumbers {

    /** An E.164 number: "+", a country code and up to 15 digits in all. */
    public static final String E164 = "\\+[1-9][0-9]{6,14}";

    private PhoneNumbers() {}
}
