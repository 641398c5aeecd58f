package org.sakhiline.ledger;

/** Only ACTIVE staff may act. */
public enum StaffStatus {
    ACTIVE, INACTIVE
}
