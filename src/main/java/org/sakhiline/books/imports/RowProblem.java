package org.sakhiline.books.imports;

/**
 * One thing wrong in a file: the row as the spreadsheet shows it (the header is row 1), the column, the
 * value as given and why it cannot be imported. Column and value are null for a problem with the whole row.
 */
public record RowProblem(long row, String column, String value, String reason) {}
