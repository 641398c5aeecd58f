package org.sakhiline.reports.dcb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.reports.LoanBook;

/** DCB from the ledger, by the definitions in {@link DcbReport#DEFINITIONS}: one pass over the instalments. */
public final class DcbCalculator {

    private DcbCalculator() {}

    /** One key's (group's or member's) figures for one fund source. */
    public record Keyed(long key, FundSource fund, DcbFigures figures) {}

    public static List<Keyed> compute(LoanBook book, LocalDate from, LocalDate to, boolean byMember) {
        java.util.Map<String, Keyed> sums = new java.util.LinkedHashMap<>();
        LocalDate dayBefore = from.minusDays(1);
        for (LoanBook.Instalment i : book.instalments()) {
            if (i.disbursalDate().isAfter(to)) {
                continue;
            }
            long arrears = 0;
            long dueIn = 0;
            long paidAhead = 0;
            long against = 0;
            long advance = 0;
            long overdue = 0;
            long paidIn = i.paidBetween(from, to);
            if (i.dueDate().isBefore(from)) {
                arrears = i.duePaise() - i.paidThrough(dayBefore);
            } else if (!i.dueDate().isAfter(to)) {
                dueIn = i.duePaise();
                paidAhead = i.paidThrough(dayBefore);
            }
            if (!i.dueDate().isAfter(to)) {
                against = paidIn;
            } else {
                advance = paidIn;
            }
            if (i.overdueOn(to)) {
                overdue = i.duePaise() - i.paidThrough(to);
            }
            if (arrears == 0 && dueIn == 0 && paidAhead == 0 && against == 0 && advance == 0 && overdue == 0) {
                continue;
            }
            DcbFigures f = new DcbFigures(arrears, dueIn, paidAhead, against, advance, overdue);
            long key = i.key(byMember);
            sums.merge(key + "/" + i.fund(), new Keyed(key, i.fund(), f),
                    (a, b) -> new Keyed(a.key(), a.fund(), a.figures().plus(b.figures())));
        }
        return new ArrayList<>(sums.values());
    }
}
