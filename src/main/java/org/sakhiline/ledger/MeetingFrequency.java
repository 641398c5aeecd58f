package org.sakhiline.ledger;

/** How often an SHG meets. */
public enum MeetingFrequency {
    WEEKLY, MONTHLY
}
