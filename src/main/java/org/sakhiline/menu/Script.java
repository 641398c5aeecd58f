package org.sakhiline.menu;

/** How a member reads her language: its own script, or Latin letters (cheaper SMS, Roman Hindi/Urdu). */
public enum Script {
    NATIVE,
    ROMAN
}
