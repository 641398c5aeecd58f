package org.sakhiline.ledger;

/** Service charge on the original principal (FLAT) or on the outstanding principal (DECLINING). */
public enum ChargeMethod {
    FLAT, DECLINING
}
