package org.sakhiline.books.sheets;

/** A member's attendance on a meeting sheet; LEAVE = absent with the group's leave. */
public enum Attendance {
    PRESENT, ABSENT, LEAVE
}
