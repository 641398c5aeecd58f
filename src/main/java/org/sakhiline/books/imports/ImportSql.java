package org.sakhiline.books.imports;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small JDBC helpers for the import's bulk reads: IN lists in parts, placeholders, binding. */
final class ImportSql {

    /** At most this many values in one IN list. */
    static final int PART = 1000;

    private ImportSql() {}

    static <T> List<List<T>> parts(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < all.size(); i += PART) {
            parts.add(all.subList(i, Math.min(all.size(), i + PART)));
        }
        return parts;
    }

    static String marks(int n) {
        return "?" + ",?".repeat(Math.max(0, n - 1));
    }

    static void bind(PreparedStatement ps, int first, Collection<?> values) throws SQLException {
        int i = first;
        for (Object v : values) {
            ps.setObject(i++, v);
        }
    }

    /** An SQLException carried out of a row callback. */
    static final class Failure extends RuntimeException {
        Failure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
