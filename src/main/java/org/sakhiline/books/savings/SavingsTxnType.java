package org.sakhiline.books.savings;

/** Kind of savings log row; REVERSAL points at the row it cancels. */
public enum SavingsTxnType {
    DEPOSIT, WITHDRAWAL, REVERSAL,
    /** A passbook balance carried over by an import: positive, one per member and as-of date. */
    OPENING_BALANCE
}
