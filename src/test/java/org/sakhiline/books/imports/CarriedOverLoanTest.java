package org.sakhiline.books.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.ChargeMethod;
import org.sakhiline.books.loans.LoanFrequency;
import org.sakhiline.books.loans.LoanScheduleCalculator;

class CarriedOverLoanTest {

    @Test
    void theInstalmentsStillToComeCarryTheOutstandingPrincipalAndItsCharge() {
        // Disbursed 3 May for 12 months: due 3 Jun .. 3 May. As of 3 Nov, 3 Dec .. 3 May are still to come.
        var terms = CarriedOverLoan.terms(ChargeMethod.FLAT, 1200, LoanFrequency.MONTHLY, 12, LocalDate.of(2026, 5, 3),
                6_000_00, LocalDate.of(2026, 11, 3));
        List<LoanScheduleCalculator.Line> lines = CarriedOverLoan.schedule(terms);
        assertEquals(6, lines.size());
        assertEquals(LocalDate.of(2026, 12, 3), lines.get(0).dueDate());
        assertEquals(LocalDate.of(2027, 5, 3), lines.get(5).dueDate());
        assertEquals(6_000_00, lines.stream().mapToLong(LoanScheduleCalculator.Line::principalPaise).sum());
        assertEquals(6 * 60_00, lines.stream().mapToLong(LoanScheduleCalculator.Line::chargePaise).sum());
    }

    @Test
    void aLoanPastItsTermOwesEverythingOnTheAsOfDate() {
        var terms = CarriedOverLoan.terms(ChargeMethod.DECLINING, 2400, LoanFrequency.WEEKLY, 10, LocalDate.of(2026, 1, 5),
                1_000_00, LocalDate.of(2026, 11, 1));
        List<LoanScheduleCalculator.Line> lines = CarriedOverLoan.schedule(terms);
        assertEquals(1, lines.size());
        assertEquals(LocalDate.of(2026, 11, 1), lines.get(0).dueDate());
        assertEquals(1_000_00, lines.get(0).principalPaise());
    }
}
