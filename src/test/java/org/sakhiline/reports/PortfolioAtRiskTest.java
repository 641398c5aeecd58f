package org.sakhiline.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.org.Country;
import org.sakhiline.reports.par.ParFigures;
import org.sakhiline.reports.par.ParLoan;
import org.sakhiline.reports.par.ParReport;
import org.sakhiline.reports.par.PortfolioAtRisk;

/** PAR on hand-built books: a loan paid late, one paid ahead, one partly paid; dates before and after the payments. */
@QuarkusTest
class PortfolioAtRiskTest {

    @Inject
    ReportBooks books;
    @Inject
    PortfolioAtRisk par;

    @Test
    void aLoanPaidLateIsAtRiskOnlyWhileItsInstalmentIsUnpaid() {
        long fed = books.federation(Country.IN);
        long vo = books.vo(fed, Country.IN);
        long shg = books.shg(vo, "Asia/Kolkata");
        long late = books.loan(books.member(shg, "Paid Late"), FundSource.REVOLVING_FUND, 3, LocalDate.of(2026, 2, 1), 0);
        books.repay(late, 1_000_00, LocalDate.of(2026, 3, 20));     // the February instalment, 47 days late

        ParFigures beforePayment = par.report(vo, LocalDate.of(2026, 3, 15)).total().total();
        assertEquals(3_000_00, beforePayment.outstandingPaise());
        assertEquals(3_000_00, beforePayment.par30Paise(), "42 days overdue on 15 March");
        assertEquals(0, beforePayment.par60Paise());
        assertEquals(2_000_00, beforePayment.overduePaise(), "February and March unpaid");

        ParFigures afterPayment = par.report(vo, LocalDate.of(2026, 3, 25)).total().total();
        assertEquals(2_000_00, afterPayment.outstandingPaise());
        assertEquals(0, afterPayment.par30Paise(), "only March unpaid: 24 days");
        assertEquals(1, afterPayment.loans());

        ParReport may = par.report(fed, LocalDate.of(2026, 5, 15));
        assertEquals(2_000_00, may.total().total().par30Paise(), "March unpaid 75 days");
        assertEquals(2_000_00, may.total().total().par60Paise());
        assertEquals(0, may.total().total().par90Paise());
        assertEquals(10_000, may.total().total().par30Bp(), "all of it at risk");
        assertEquals(List.of(vo), may.lines().stream().map(l -> l.unit().id()).toList(), "a federation's lines are its VOs");
        assertEquals(2_000_00, may.lines().get(0).byFund().get(FundSource.REVOLVING_FUND).par30Paise());

        List<ParLoan> listed = par.loansAtRisk(vo, LocalDate.of(2026, 5, 15), 30);
        assertEquals(1, listed.size());
        assertEquals(late, listed.get(0).loanId());
        assertEquals(75, listed.get(0).daysOverdue());
        assertEquals(LocalDate.of(2026, 3, 1), listed.get(0).oldestUnpaidDueDate());
    }

    @Test
    void aLoanPaidAheadIsNeverAtRiskAndGraceDaysDelayOverdue() {
        long vo = books.vo(books.federation(Country.PK), Country.PK);
        long co = books.shg(vo, "Asia/Karachi");
        long ahead = books.loan(books.member(co, "Paid Ahead"), FundSource.CIF, 3, LocalDate.of(2026, 2, 1), 0);
        books.repay(ahead, 2_000_00, LocalDate.of(2026, 1, 15));
        long partly = books.loan(books.member(co, "Partly Paid"), FundSource.SHG_OWN, 2, LocalDate.of(2026, 2, 1), 10);
        books.repay(partly, 400_00, LocalDate.of(2026, 2, 1));

        ParReport report = par.report(co, LocalDate.of(2026, 3, 5));
        ParFigures total = report.total().total();
        assertEquals(1_000_00 + 1_600_00, total.outstandingPaise());
        assertEquals(0, total.par30Paise(), "partly paid: 32 days after due, 22 after grace");
        assertEquals(600_00, total.overduePaise(), "February's rest; March is within grace");
        assertEquals(2, report.lines().stream().filter(l -> l.total().loans() > 0).count(), "an SHG's lines are its members");

        ParFigures april = par.report(co, LocalDate.of(2026, 4, 1)).total().total();
        assertEquals(1_600_00, april.par30Paise(), "59 days after due, 49 after grace");
        assertTrue(april.par30Paise() <= april.outstandingPaise());
    }
}
