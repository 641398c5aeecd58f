package org.sakhiline.messaging;

/** How an SMS travels: GSM-7 septets, or UCS-2 as soon as one character is outside GSM-7. */
public enum SmsEncoding {
    GSM7(160, 153),
    UCS2(70, 67);

    /** Units that fit in a single-part message. */
    public final int singleLimit;
    /** Units per part once the message is split (the rest is the concatenation header). */
    public final int partLimit;

    SmsEncoding(int singleLimit, int partLimit) {
        this.singleLimit = singleLimit;
        this.partLimit = partLimit;
    }
}
