package org.sakhiline.books.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each column of a kind sits in a file: header names matched case-insensitively (spaces and '-' read
 * as '_'), in any order, extra columns ignored. A missing required column is a problem on row 1.
 */
final class SheetHeader {

    private final Map<String, Integer> positions;

    private SheetHeader(Map<String, Integer> positions) {
        this.positions = positions;
    }

    static SheetHeader of(ImportKind kind, long rowNumber, String[] cells, ImportRun run) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String name = normal(cells[i]);
            if (kind.columns.contains(name)) {
                positions.putIfAbsent(name, i);
            }
        }
        for (String required : kind.required) {
            if (!positions.containsKey(required)) {
                run.problem(rowNumber, required, null, "the column is missing (the header row must name " + String.join(", ", kind.columns) + ")");
            }
        }
        return new SheetHeader(positions);
    }

    static String normal(String headerCell) {
        String s = headerCell == null ? "" : headerCell.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The cell of {@code column} in a row, stripped; "" when blank or absent. */
    String cell(String[] cells, String column) {
        Integer i = positions.get(column);
        return i == null || i >= cells.length || cells[i] == null ? "" : cells[i].strip();
    }

    /**
     * The templates' optional second header line: Hindi hints. It is recognised by its key column (a code,
     * which is always Latin letters and digits in data) holding Devanagari.
     */
    boolean isHintRow(ImportKind kind, String[] cells) {
        String key = cell(cells, kind.required.get(0));
        return key.codePoints().anyMatch(cp -> cp >= 0x0900 && cp <= 0x097F);
    }

    List<String> missing(ImportKind kind) {
        return kind.required.stream().filter(c -> !positions.containsKey(c)).toList();
    }
}
