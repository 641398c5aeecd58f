package org.sakhiline.books.loans;

/** Instalment frequency. */
public enum LoanFrequency {
    WEEKLY, FORTNIGHTLY, MONTHLY
}
