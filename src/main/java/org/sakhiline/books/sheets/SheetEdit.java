package org.sakhiline.books.sheets;

/** One member's line in a console/API save. */
public record SheetEdit(long memberId, LineEntry entry) {}
