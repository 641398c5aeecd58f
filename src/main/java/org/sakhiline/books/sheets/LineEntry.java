package org.sakhiline.books.sheets;

import java.util.HashMap;
import java.util.Map;

/** A line as entered: repayments by loan id (loans not named pay 0). */
public record LineEntry(Attendance attendance, long savingsPaise, long finePaise, Map<Long, Long> repaymentsByLoan) {

    public LineEntry {
        repaymentsByLoan = repaymentsByLoan == null ? Map.of() : Map.copyOf(repaymentsByLoan);
    }

    /** "1 = as shown": present, with exactly the prefilled amounts. */
    public static LineEntry asShown(SheetLine line) {
        Map<Long, Long> repayments = new HashMap<>();
        line.repayments().forEach(r -> repayments.put(r.loanId(), r.duePaise()));
        return new LineEntry(Attendance.PRESENT, line.usualSavingsPaise(), 0, repayments);
    }

    /** "2 = absent": no money. */
    public static LineEntry absent() {
        return new LineEntry(Attendance.ABSENT, 0, 0, Map.of());
    }

    public long repaidPaise() {
        return repaymentsByLoan.values().stream().mapToLong(Long::longValue).sum();
    }
}
