package org.sakhiline.books.sheets;

import java.util.List;

/** A sheet's totals; collected = savings + repaid + fines; difference = cash counted − collected (null until counted). */
public record SheetTotals(int present, int absent, int onLeave, int notEntered, long savingsPaise, long repaidPaise,
                          long finesPaise, long collectedPaise, Long cashCountedPaise, Long differencePaise) {

    public static SheetTotals of(List<SheetLine> lines, Long cashCountedPaise) {
        int present = 0;
        int absent = 0;
        int leave = 0;
        int notEntered = 0;
        long savings = 0;
        long repaid = 0;
        long fines = 0;
        for (SheetLine l : lines) {
            if (l.attendance() == null) {
                notEntered++;
            } else {
                switch (l.attendance()) {
                    case PRESENT -> present++;
                    case ABSENT -> absent++;
                    case LEAVE -> leave++;
                }
            }
            savings += l.savingsPaise();
            repaid += l.repaidPaise();
            fines += l.finePaise();
        }
        long collected = savings + repaid + fines;
        return new SheetTotals(present, absent, leave, notEntered, savings, repaid, fines, collected, cashCountedPaise,
                cashCountedPaise == null ? null : cashCountedPaise - collected);
    }
}
