package org.sakhiline.books.sheets;

/** A confirmation: the sheet, whether it had been confirmed already (nothing posted now), postings and receipts made. */
public record ConfirmResult(SheetView sheet, boolean alreadyConfirmed, int postings, int receipts) {}
