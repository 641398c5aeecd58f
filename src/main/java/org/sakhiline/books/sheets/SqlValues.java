package org.sakhiline.books.sheets;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Column values of native queries as Java values (the driver hands back several types for one column kind). */
final class SqlValues {

    private SqlValues() {}

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static Long numOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    /** Timestamps are written as UTC wall-clock values (quarkus.hibernate-orm.jdbc.timezone=UTC). */
    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            // The driver read the UTC wall clock in the JVM's zone; toLocalDateTime gives that wall clock back.
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) o).toInstant(ZoneOffset.UTC);
    }

    static LocalDate date(Object o) {
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) o;
    }
}
