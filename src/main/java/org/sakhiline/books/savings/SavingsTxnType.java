package org.sakhiline.books.savings;

/** Kind of savings log row; REVERSAL points at the row it cancels. */
public enum SavingsTxnType {
    DEPOSIT, WITHDRAWAL, REVERSAL
}
