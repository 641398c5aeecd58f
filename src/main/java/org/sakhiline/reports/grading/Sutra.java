package org.sakhiline.reports.grading;

/** The five marks of a healthy group (Panchasutra), in the order they are shown. */
public enum Sutra {
    REGULAR_MEETINGS, REGULAR_SAVINGS, REGULAR_INTER_LOANING, TIMELY_REPAYMENT, UP_TO_DATE_BOOKS
}
