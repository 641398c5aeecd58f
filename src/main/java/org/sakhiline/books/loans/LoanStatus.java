package org.sakhiline.books.loans;

/** A loan is CLOSED once every instalment is paid (a reversal reopens it). */
public enum LoanStatus {
    ACTIVE, CLOSED
}
