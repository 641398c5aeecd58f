package org.sakhiline.books.sheets;

import java.util.List;

/**
 * One member's line on a sheet. {@code attendance} null = not yet entered. {@code usualSavingsPaise} is
 * the prefill; {@code openFlags} counts her unresolved WRONG replies on this sheet.
 */
public record SheetLine(long memberId, String memberNumber, String name, String nameNative, int position,
                        Attendance attendance, long savingsPaise, long finePaise, List<SheetRepayment> repayments,
                        long usualSavingsPaise, int openFlags) {

    public SheetLine {
        repayments = List.copyOf(repayments);
    }

    public boolean entered() {
        return attendance != null;
    }

    public long repaidPaise() {
        return repayments.stream().mapToLong(SheetRepayment::amountPaise).sum();
    }

    public long collectedPaise() {
        return savingsPaise + finePaise + repaidPaise();
    }
}
