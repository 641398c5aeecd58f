package org.sakhiline.books.imports;

import java.time.LocalDate;
import java.util.List;
import org.sakhiline.books.loans.ChargeMethod;
import org.sakhiline.books.loans.LoanFrequency;
import org.sakhiline.books.loans.LoanScheduleCalculator;
import org.sakhiline.books.loans.RatePeriod;

/**
 * The schedule of a running loan carried over from a sheet: what is left to pay, from the as-of date on.
 * The original schedule's due dates (one period after disbursal, then every period) that fall after
 * {@code asOf} are the instalments still to come; the outstanding principal is spread over them and the
 * service charge computed on it by {@link LoanScheduleCalculator}, so the dues add up to the outstanding
 * principal plus its charge. A loan whose term has ended owes everything at once: one instalment due on
 * {@code asOf} (overdue after that).
 */
public final class CarriedOverLoan {

    private CarriedOverLoan() {}

    public static LoanScheduleCalculator.Terms terms(ChargeMethod method, int annualRateBp, LoanFrequency frequency,
                                                     int instalments, LocalDate disbursedOn, long outstandingPaise,
                                                     LocalDate asOf) {
        LocalDate firstDue = LoanScheduleCalculator.dueDate(disbursedOn, frequency, 1);
        LocalDate next = null;
        int remaining = 0;
        for (int k = 0; k < instalments; k++) {
            LocalDate due = LoanScheduleCalculator.dueDate(firstDue, frequency, k);
            if (due.isAfter(asOf)) {
                next = next == null ? due : next;
                remaining++;
            }
        }
        if (remaining == 0) {
            remaining = 1;
            next = asOf;
        }
        return new LoanScheduleCalculator.Terms(outstandingPaise, method, annualRateBp, RatePeriod.YEAR, frequency, remaining, next);
    }

    public static List<LoanScheduleCalculator.Line> schedule(LoanScheduleCalculator.Terms terms) {
        return LoanScheduleCalculator.schedule(terms);
    }
}
