package org.sakhiline.reports;

import java.time.LocalDate;

/** Reading native query cells, whose Java types vary with the driver and the expression (SUM gives BigDecimal). */
public final class Cells {

    private Cells() {}

    public static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    public static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
