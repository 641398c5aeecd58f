package org.sakhiline.ledger;

/** Which script a member reads: her language's own script or Latin letters (cheaper SMS). */
public enum Script {
    NATIVE, ROMAN
}
