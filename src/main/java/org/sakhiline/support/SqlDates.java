package org.sakhiline.support;

import java.time.LocalDate;

/** A DATE column read by a native query: the driver and Hibernate hand back LocalDate, java.sql.Date or text. */
public final class SqlDates {

    private SqlDates() {}

    public static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
