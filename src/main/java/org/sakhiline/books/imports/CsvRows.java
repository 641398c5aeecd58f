package org.sakhiline.books.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Excel and MIS exports write it. The encoding comes from the byte order mark (UTF-8, UTF-16 LE/BE);
 * without one, UTF-16 shows itself by NUL bytes, and a file that is not valid UTF-8 is Windows-1252 (Excel's
 * "CSV" on an English Windows). The separator is whichever of comma, semicolon or tab the header line uses
 * most (Excel's "Unicode text" is tab-separated UTF-16).
 */
final class CsvRows {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvRows() {}

    static void read(Path file, SheetRows.Sink sink) throws IOException {
        Charset charset = charsetOf(file);
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            skipBom(in, charset);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
            char delimiter = delimiterOf(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord r : parser) {
                    String[] cells = r.values();
                    if (!SheetRows.blank(cells)) {
                        sink.row(r.getRecordNumber(), cells);
                    }
                }
            } catch (IllegalStateException | java.io.UncheckedIOException e) {
                throw new SheetRows.UnreadableSheet("the CSV could not be read: " + e.getMessage(), e);
            }
        }
    }

    static Charset charsetOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(512);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return StandardCharsets.UTF_8;
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return StandardCharsets.UTF_16LE;
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return StandardCharsets.UTF_16BE;
            }
            for (int i = 0; i < head.length; i++) {
                if (head[i] == 0) {
                    return i % 2 == 1 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                }
            }
        }
        return isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            byte[] buf = new byte[1 << 15];
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes.put(buf, 0, n).flip();
                chars.clear();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                bytes.compact();
            }
            bytes.flip();
            chars.clear();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void skipBom(InputStream in, Charset charset) throws IOException {
        int bomLength = charset == StandardCharsets.UTF_8 ? 3 : charset == WINDOWS_1252 ? 0 : 2;
        if (bomLength == 0) {
            return;
        }
        in.mark(4);
        byte[] head = in.readNBytes(bomLength);
        boolean bom = bomLength == 3
                ? head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                : head.length == 2 && ((head[0] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFE);
        if (!bom) {
            in.reset();
        }
    }

    private static char delimiterOf(Reader reader) throws IOException {
        reader.mark(1 << 15);
        char[] line = new char[1 << 14];
        int n = reader.read(line);
        reader.reset();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (int i = 0; i < Math.max(n, 0) && line[i] != '\n' && line[i] != '\r'; i++) {
            switch (line[i]) {
                case ',' -> commas++;
                case ';' -> semicolons++;
                case '\t' -> tabs++;
                default -> { }
            }
        }
        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
