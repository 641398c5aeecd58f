package org.sakhiline.ledger;

/** Instalment frequency. */
public enum LoanFrequency {
    WEEKLY, FORTNIGHTLY, MONTHLY
}
