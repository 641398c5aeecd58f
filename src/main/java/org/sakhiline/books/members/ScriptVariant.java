package org.sakhiline.books.members;

/** Which script a member reads: her language's own script or Latin letters (cheaper SMS). */
public enum ScriptVariant {
    NATIVE, ROMAN
}
