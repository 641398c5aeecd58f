package org.sakhiline.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.org.Country;
import org.sakhiline.reports.dcb.DcbCalculator;
import org.sakhiline.reports.dcb.DcbFigures;
import org.sakhiline.reports.dcb.DemandCollectionBalance;
import org.sakhiline.reports.par.ParCalculator;
import org.sakhiline.reports.par.ParFigures;
import org.sakhiline.reports.par.PortfolioAtRisk;
import org.sakhiline.reports.ratios.GroupRatios;
import org.sakhiline.reports.ratios.RatioFigures;
import org.sakhiline.reports.rollup.RollupConsistency;
import org.sakhiline.reports.rollup.RollupJob;

/**
 * The roll-ups equal a recomputation from the ledger: after a rebuild, reports read from them give the
 * ledger's figures; a repayment posted after the rebuild is seen at once (its group is read live), and the
 * consistency check finds no difference.
 */
@QuarkusTest
class ReportRollupTest {

    static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

    @Inject
    ReportBooks books;
    @Inject
    RollupJob job;
    @Inject
    RollupConsistency consistency;
    @Inject
    DemandCollectionBalance dcb;
    @Inject
    PortfolioAtRisk par;
    @Inject
    GroupRatios ratios;
    @Inject
    EntityManager em;

    @Test
    void rollupsEqualTheLedgerBeforeAndAfterNewPostings() {
        long vo = books.vo(books.federation(Country.IN), Country.IN);
        long a = books.shg(vo, "Asia/Kolkata");
        long b = books.shg(vo, "Asia/Kolkata");
        long late = books.loan(books.member(a, "Late"), FundSource.BANK, 4, LocalDate.of(2026, 1, 1), 0);
        books.repay(late, 1_500_00, LocalDate.of(2026, 2, 20));
        long ahead = books.loan(books.member(b, "Ahead"), FundSource.SHG_OWN, 3, LocalDate.of(2026, 2, 1), 5);
        long last = books.repay(ahead, 2_500_00, LocalDate.of(2026, 1, 20));
        books.deposit(books.member(b, "Saver"), 300_00, LocalDate.of(2026, 2, 1));

        assertTrue(job.rebuild(TODAY).isPresent());
        RollupState state = RollupState.read(em);
        assertTrue(state.repaymentIdSafe() >= last, "the rebuild covers this test's postings, so reports read the roll-up");
        assertTrue(state.covers(YearMonth.of(2026, 3)));
        assertEquals(List.of(), consistency.check().differences());
        sameAsLedger(vo, List.of(a, b));

        books.repay(late, 700_00, LocalDate.of(2026, 3, 3));   // after the rebuild: group a is read live until a refresh
        assertTrue(RollupState.read(em).loansChanged(em).contains(a));
        sameAsLedger(vo, List.of(a, b));
        assertTrue(job.refresh().isPresent());
        assertTrue(job.refresh().isPresent());   // the second refresh moves the safe ids past the repayment
        assertTrue(!RollupState.read(em).loansChanged(em).contains(a));
        sameAsLedger(vo, List.of(a, b));
        RollupConsistency.Check check = consistency.check();
        assertEquals(List.of(), check.differences());
        assertTrue(check.rowsCompared() > 0);
    }

    private void sameAsLedger(long vo, List<Long> groups) {
        for (int month = 1; month <= 4; month++) {
            YearMonth m = YearMonth.of(2026, month);
            DcbFigures ledger = dcb.fromLedger(groups, m.atDay(1), m.atEndOfMonth()).stream().map(DcbCalculator.Keyed::figures)
                    .reduce(DcbFigures.ZERO, DcbFigures::plus);
            assertEquals(ledger, dcb.month(vo, m).total().total(), "DCB " + m);
            if (month < 4) {
                ParFigures parLedger = par.fromLedger(groups, m.atEndOfMonth()).stream().map(ParCalculator.Keyed::figures)
                        .reduce(ParFigures.ZERO, ParFigures::plus);
                assertEquals(parLedger, par.report(vo, m.atEndOfMonth()).total().total(), "PAR " + m.atEndOfMonth());
            }
            // Under a VO the ratios come from the roll-up; under each group (member lines) from the ledger.
            RatioFigures live = groups.stream().map(g -> ratios.report(g, m.atDay(1), m.atEndOfMonth(), TODAY).total().total())
                    .reduce(RatioFigures.ZERO, RatioFigures::plus);
            assertEquals(live, ratios.report(vo, m.atDay(1), m.atEndOfMonth(), TODAY).total().total(), "ratios " + m);
        }
        ParFigures today = par.fromLedger(groups, TODAY).stream().map(ParCalculator.Keyed::figures)
                .reduce(ParFigures.ZERO, ParFigures::plus);
        assertEquals(today, par.report(vo, TODAY).total().total(), "PAR today");
    }
}
