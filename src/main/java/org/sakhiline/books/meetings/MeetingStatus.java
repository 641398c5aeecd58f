package org.sakhiline.books.meetings;

/** Meeting occurrence status. */
public enum MeetingStatus {
    SCHEDULED, HELD, CANCELLED
}
