package org.sakhiline.books.sheets;

/**
 * One open loan of a member on a sheet: what was due by the meeting date (the prefill), what is left on
 * the loan now, and what the sheet says she paid.
 */
public record SheetRepayment(long loanId, String loanRef, long duePaise, long outstandingPaise, long amountPaise) {}
