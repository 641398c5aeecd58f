package org.sakhiline.books.staff;

/** Only ACTIVE staff may act. */
public enum StaffStatus {
    ACTIVE, INACTIVE
}
