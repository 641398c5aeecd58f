package org.sakhiline.books.posting;

/** Where a money-changing request came from. */
public enum Channel {
    USSD, SMS, IVR, BOOKKEEPER, API
}
