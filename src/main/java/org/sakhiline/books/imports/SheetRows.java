package org.sakhiline.books.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the rows of an uploaded sheet, whatever Excel or a MIS export made of it: XLSX (its first sheet,
 * read with POI's SAX reader so a large file never sits in memory) or CSV in UTF-8 (with or without BOM),
 * UTF-16 or Windows-1252. Row numbers are the ones the spreadsheet shows (the header is row 1).
 */
public final class SheetRows {

    /** Receives each row: its number and its cells by column position (blank cells as ""). */
    @FunctionalInterface
    public interface Sink {
        void row(long rowNumber, String[] cells);
    }

    /** A file that cannot be read as a sheet at all (not a row problem: nothing in it could be read). */
    public static final class UnreadableSheet extends RuntimeException {
        public UnreadableSheet(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SheetRows() {}

    public static void read(Path file, Sink sink) {
        try {
            if (isZip(file)) {
                XlsxRows.read(file, sink);
            } else {
                CsvRows.read(file, sink);
            }
        } catch (IOException e) {
            throw new UnreadableSheet("the file could not be read: " + e.getMessage(), e);
        }
    }

    /** XLSX is a zip: it starts with "PK\3\4" whatever the client called its media type. */
    static boolean isZip(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    static boolean blank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
