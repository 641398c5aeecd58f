package org.sakhiline.menu;

/** What an input node accepts. */
public enum InputKind {
    /** Digits only, {@code minLength}..{@code maxLength} of them. */
    DIGITS,
    /** Whole rupees, {@code min}..{@code max}; stored as paise. */
    AMOUNT,
    /** A 4-digit PIN (or {@code minLength}..{@code maxLength}); never stored in clear in the session. */
    PIN,
    /**
     * A one-time code sent to her phone, 6 digits (or {@code minLength}..{@code maxLength}): kept only for the hop
     * that answers it, never in the session, so its {@code target} must be the action that checks it.
     */
    CODE
}
