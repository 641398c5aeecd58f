package org.sakhiline.books.org;

/** How often an SHG meets. */
public enum MeetingFrequency {
    WEEKLY, MONTHLY
}
