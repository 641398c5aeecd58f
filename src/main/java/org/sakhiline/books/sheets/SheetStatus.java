package org.sakhiline.books.sheets;

/** DRAFT (editable) → SUBMITTED (waiting for a checker) → CONFIRMED (posted); a reject sends SUBMITTED back to DRAFT. */
public enum SheetStatus {
    DRAFT, SUBMITTED, CONFIRMED
}
