package org.sakhiline.books.imports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * One data row read column by column: each reader returns the value, or null after recording a row problem
 * (row, column, value as given, reason). {@link #ok()} says whether the row had none.
 */
final class RowCells {

    final long row;
    private final String[] cells;
    private final SheetHeader header;
    private final ImportRun run;
    private boolean ok = true;

    RowCells(long row, String[] cells, SheetHeader header, ImportRun run) {
        this.row = row;
        this.cells = cells;
        this.header = header;
        this.run = run;
    }

    boolean ok() {
        return ok;
    }

    void problem(String column, String value, String reason) {
        ok = false;
        run.problem(row, column, value, reason);
    }

    String raw(String column) {
        return header.cell(cells, column);
    }

    /** Text up to {@code max} characters; null when blank (a problem too when required). */
    String text(String column, boolean required, int max) {
        String v = raw(column);
        if (v.isEmpty()) {
            if (required) {
                problem(column, v, "is required");
            }
            return null;
        }
        if (v.length() > max) {
            problem(column, v, "is longer than " + max + " characters");
            return null;
        }
        return v;
    }

    Long paise(String column) {
        String v = raw(column);
        if (v.isEmpty()) {
            problem(column, v, "is required");
            return null;
        }
        try {
            return ImportValues.rupeesToPaise(v);
        } catch (ImportValues.BadValue e) {
            problem(column, v, e.getMessage());
            return null;
        }
    }

    /** A date, not after {@code latest}; blank gives {@code blank} (a problem when that is null). */
    LocalDate date(String column, LocalDate blank, LocalDate latest) {
        String v = raw(column);
        if (v.isEmpty()) {
            if (blank == null) {
                problem(column, v, "is required");
            }
            return blank;
        }
        try {
            LocalDate d = ImportValues.date(v);
            if (d.isAfter(latest)) {
                problem(column, v, "is in the future");
                return null;
            }
            return d;
        } catch (ImportValues.BadValue e) {
            problem(column, v, e.getMessage());
            return null;
        }
    }

    Integer whole(String column, int min, int max) {
        String v = raw(column);
        if (v.isEmpty()) {
            problem(column, v, "is required");
            return null;
        }
        try {
            int n = ImportValues.wholeNumber(v);
            if (n < min || n > max) {
                problem(column, v, "must be between " + min + " and " + max);
                return null;
            }
            return n;
        } catch (ImportValues.BadValue e) {
            problem(column, v, e.getMessage());
            return null;
        }
    }

    /** One of an enum's names (case-insensitive) or an alias; blank gives {@code blank} (a problem when null). */
    <E extends Enum<E>> E choice(String column, Class<E> type, E blank, Map<String, E> aliases) {
        String v = raw(column);
        if (v.isEmpty()) {
            if (blank == null) {
                problem(column, v, "is required");
            }
            return blank;
        }
        String key = v.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (aliases.containsKey(key)) {
            return aliases.get(key);
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append(e.name());
        }
        problem(column, v, "must be one of " + names);
        return null;
    }
}
