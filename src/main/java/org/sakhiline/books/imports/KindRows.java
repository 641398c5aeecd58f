package org.sakhiline.books.imports;

import java.sql.SQLException;
import java.util.List;

/**
 * How one kind of file is checked and written. A fresh instance serves one pass; it is given the rows in
 * chunks, checks each row against the file so far and the books, and in a writing pass writes the chunk
 * (only while the run has no problem: the transaction is rolled back at the end anyway when it has one).
 */
interface KindRows {

    /** A data row: its number as the spreadsheet shows it and its cells. */
    record SheetRow(long number, String[] cells) {}

    void chunk(List<SheetRow> rows, SheetHeader header, ImportRun run) throws SQLException;

    /** After the last chunk: checks that need the whole file, and what is left to write. */
    default void finish(SheetHeader header, ImportRun run) throws SQLException {}
}
