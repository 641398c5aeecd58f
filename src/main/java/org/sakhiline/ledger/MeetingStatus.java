package org.sakhiline.ledger;

/** Meeting occurrence status. */
public enum MeetingStatus {
    SCHEDULED, HELD, CANCELLED
}
