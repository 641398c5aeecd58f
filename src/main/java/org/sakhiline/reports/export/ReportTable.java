package org.sakhiline.reports.export;

import java.util.List;

/**
 * A report as a plain table for CSV and XLSX: a title, column headings, rows of cells (String, Long for a
 * count, {@link Rupees} for money, {@link Percent} for a share) and the definitions as footer lines.
 */
public record ReportTable(String title, List<String> headings, List<List<Object>> rows, List<String> footer) {

    /** Money in paise, written as rupees with two decimals. */
    public record Rupees(long paise) {
        @Override
        public String toString() {
            return java.math.BigDecimal.valueOf(paise, 2).toPlainString();
        }
    }

    /** A share in basis points, written as a percentage with two decimals. */
    public record Percent(int basisPoints) {
        @Override
        public String toString() {
            return java.math.BigDecimal.valueOf(basisPoints, 2).toPlainString();
        }
    }
}
