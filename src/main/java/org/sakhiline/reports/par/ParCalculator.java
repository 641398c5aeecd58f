package org.sakhiline.reports.par;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.reports.LoanBook;

/** Portfolio at risk from the ledger, by the definitions in {@link ParReport#DEFINITIONS}. */
public final class ParCalculator {

    private ParCalculator() {}

    /** One key's (group's or member's) figures for one fund source. */
    public record Keyed(long key, FundSource fund, ParFigures figures) {}

    /** One loan's position on a date. */
    public record Position(LoanBook.Instalment first, long outstandingPaise, long overduePaise, LocalDate oldestUnpaidDue,
                           int daysOverdue) {}

    /** Loans disbursed by {@code asOf} with principal outstanding on it. */
    public static List<Position> positions(LoanBook book, LocalDate asOf) {
        List<Position> out = new ArrayList<>();
        for (List<LoanBook.Instalment> loan : book.byLoan().values()) {
            LoanBook.Instalment first = loan.get(0);
            if (first.disbursalDate().isAfter(asOf)) {
                continue;
            }
            long outstanding = 0;
            long overdue = 0;
            LocalDate oldest = null;
            for (LoanBook.Instalment i : loan) {
                outstanding += i.principalDuePaise() - i.principalPaidThrough(asOf);
                long unpaid = i.duePaise() - i.paidThrough(asOf);
                if (unpaid > 0 && !i.dueDate().isAfter(asOf) && (oldest == null || i.dueDate().isBefore(oldest))) {
                    oldest = i.dueDate();
                }
                if (i.overdueOn(asOf)) {
                    overdue += unpaid;
                }
            }
            if (outstanding <= 0) {
                continue;
            }
            int days = oldest == null ? 0 : (int) (ChronoUnit.DAYS.between(oldest, asOf) - first.graceDays());
            out.add(new Position(first, outstanding, overdue, oldest, days));
        }
        return out;
    }

    public static List<Keyed> compute(LoanBook book, LocalDate asOf, boolean byMember) {
        Map<String, Keyed> sums = new LinkedHashMap<>();
        for (Position p : positions(book, asOf)) {
            long o = p.outstandingPaise();
            ParFigures f = new ParFigures(o, p.daysOverdue() > 30 ? o : 0, p.daysOverdue() > 60 ? o : 0,
                    p.daysOverdue() > 90 ? o : 0, p.overduePaise(), 1, p.daysOverdue() > 30 ? 1 : 0);
            long key = p.first().key(byMember);
            sums.merge(key + "/" + p.first().fund(), new Keyed(key, p.first().fund(), f),
                    (a, b) -> new Keyed(a.key(), a.fund(), a.figures().plus(b.figures())));
        }
        return new ArrayList<>(sums.values());
    }
}
