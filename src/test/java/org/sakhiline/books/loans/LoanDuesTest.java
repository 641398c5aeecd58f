package org.sakhiline.books.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dues rule as pure data: when an instalment is overdue and what {@link LoanDues#of} adds up. */
class LoanDuesTest {

    private static LoanDues.Unpaid unpaid(long loanId, int graceDays, String dueDate, long paise) {
        return new LoanDues.Unpaid(loanId, FundSource.SHG_OWN, graceDays, LocalDate.parse(dueDate), paise);
    }

    @Test
    void overdueFromTheDayAfterDueDatePlusGrace() {
        LoanDues.Unpaid i = unpaid(1, 2, "2026-07-01", 1_000_00);
        assertEquals(LocalDate.of(2026, 7, 4), i.overdueFrom());
        assertFalse(i.overdueOn(LocalDate.of(2026, 7, 3)), "the last day of grace");
        assertTrue(i.overdueOn(LocalDate.of(2026, 7, 4)));
        assertTrue(i.overdueOn(LocalDate.of(2026, 8, 1)));

        LoanDues.Unpaid noGrace = unpaid(1, 0, "2026-07-01", 1_000_00);
        assertEquals(LocalDate.of(2026, 7, 2), noGrace.overdueFrom());
        assertFalse(noGrace.overdueOn(LocalDate.of(2026, 7, 1)), "not overdue on its due date");
        assertTrue(noGrace.overdueOn(LocalDate.of(2026, 7, 2)));
    }

    @Test
    void duesSumWhatIsLeftOfEachInstalment() {
        // Loan 7: June partly paid (Rs 400 of 1,000 left), July unpaid; loan 9: due after the next meeting.
        List<LoanDues.Unpaid> rows = List.of(unpaid(7, 2, "2026-06-01", 400_00), unpaid(7, 2, "2026-07-01", 1_000_00),
                unpaid(9, 0, "2026-07-20", 500_00));
        LoanDues onSecondJuly = LoanDues.of(42, LocalDate.of(2026, 7, 2), LocalDate.of(2026, 7, 8), rows);
        assertEquals(1_400_00, onSecondJuly.amountDuePaise(), "due up to the next meeting, overdue included");
        assertEquals(400_00, onSecondJuly.overduePaise(), "July is still within its grace");
        assertEquals(1_900_00, onSecondJuly.outstandingPaise());
        assertEquals(LocalDate.of(2026, 6, 1), onSecondJuly.earliestDueDate());
        assertEquals(List.of(7L, 9L), onSecondJuly.loans().stream().map(LoanDues.LoanDue::loanId).toList());

        LoanDues afterGrace = LoanDues.of(42, LocalDate.of(2026, 7, 4), null, rows);
        assertEquals(1_400_00, afterGrace.overduePaise());
        assertEquals(1_400_00, afterGrace.amountDuePaise(), "no meeting known: due up to asOf");

        LoanDues nothing = LoanDues.of(42, LocalDate.of(2026, 7, 4), null, List.of());
        assertEquals(0, nothing.amountDuePaise());
        assertNull(nothing.earliestDueDate());
        assertFalse(nothing.hasLoans());
    }
}
