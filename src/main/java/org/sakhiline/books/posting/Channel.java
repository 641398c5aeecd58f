package org.sakhiline.books.posting;

/**
 * Where a money-changing request came from, as the server saw it (never as a client describes itself).
 * CONSOLE: a staff member's form; IMPORT: a spreadsheet loaded by staff; MEETING: a confirmed meeting sheet.
 */
public enum Channel {
    USSD, SMS, IVR, BOOKKEEPER, API, CONSOLE, IMPORT, MEETING
}
