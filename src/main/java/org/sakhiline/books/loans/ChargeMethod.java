package org.sakhiline.books.loans;

/** Service charge on the original principal (FLAT) or on the outstanding principal (DECLINING). */
public enum ChargeMethod {
    FLAT, DECLINING
}
