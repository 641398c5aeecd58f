package org.sakhiline.reminders;

/** What a reminder is about. */
public enum ReminderKind {
    /** A meeting occurrence, some days before it. */
    MEETING,
    /** Unpaid loan instalments falling due on a date, some days before it. */
    INSTALMENT_DUE,
    /** A loan's oldest unpaid instalment past due (plus grace), repeated every few days a limited number of times. */
    LOAN_OVERDUE
}
