package org.sakhiline.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.org.Country;
import org.sakhiline.reports.dcb.DcbFigures;
import org.sakhiline.reports.dcb.DcbReport;
import org.sakhiline.reports.dcb.DemandCollectionBalance;
import org.sakhiline.reports.par.ParReport;
import org.sakhiline.reports.par.PortfolioAtRisk;

/**
 * DCB definitions on hand-built books (no service charge, Rs 1,000 instalments due on the 1st): a loan paid
 * late, one paid ahead, one partly paid with grace, a repayment reversed, in an Indian SHG and a Pakistani
 * CO; and reconciliation with the ledger.
 */
@QuarkusTest
class DcbTest {

    @Inject
    ReportBooks books;
    @Inject
    DemandCollectionBalance dcb;
    @Inject
    PortfolioAtRisk par;
    @Inject
    EntityManager em;

    long fed;
    long vo;
    long shg;
    long co;
    long shg2;
    long late;
    long ahead;
    long partly;

    @BeforeEach
    void books() {
        fed = books.federation(Country.IN);
        vo = books.vo(fed, Country.IN);
        shg = books.shg(vo, "Asia/Kolkata");
        co = books.shg(books.vo(books.federation(Country.PK), Country.PK), "Asia/Karachi");
        shg2 = books.shg(vo, "Asia/Kolkata");
        long second = books.loan(books.member(shg2, "Second Group"), FundSource.BANK, 2, LocalDate.of(2026, 2, 1), 3);
        books.repay(second, 1_500_00, LocalDate.of(2026, 3, 2));
        late = books.loan(books.member(shg, "Paid Late"), FundSource.REVOLVING_FUND, 3, LocalDate.of(2026, 2, 1), 0);
        books.repay(late, 1_000_00, LocalDate.of(2026, 3, 20));
        ahead = books.loan(books.member(shg, "Paid Ahead"), FundSource.SHG_OWN, 3, LocalDate.of(2026, 2, 1), 0);
        books.repay(ahead, 2_000_00, LocalDate.of(2026, 1, 15));
        partly = books.loan(books.member(co, "Partly Paid"), FundSource.CIF, 2, LocalDate.of(2026, 2, 1), 10);
        books.repay(partly, 400_00, LocalDate.of(2026, 2, 1));
        long reversed = books.repay(partly, 500_00, LocalDate.of(2026, 3, 5));
        books.reverse(reversed, LocalDate.of(2026, 3, 6));
    }

    private DcbFigures fund(DcbReport r, FundSource f) {
        return r.total().byFund().getOrDefault(f, DcbFigures.ZERO);
    }

    @Test
    void paidLateCountsAgainstTheArrearsOfTheMonthItWasPaidIn() {
        DcbFigures march = fund(dcb.month(vo, YearMonth.of(2026, 3)), FundSource.REVOLVING_FUND);
        assertEquals(1_000_00, march.arrearsAtStartPaise(), "February's instalment was unpaid on 28 February");
        assertEquals(1_000_00, march.dueInPeriodPaise());
        assertEquals(2_000_00, march.demandPaise());
        assertEquals(1_000_00, march.collectedAgainstDemandPaise());
        assertEquals(0, march.collectedAdvancePaise());
        assertEquals(1_000_00, march.balancePaise());
        assertEquals(1_000_00, march.overdueAtEndPaise(), "March's instalment, unpaid on the 31st");
        assertEquals(5000, march.collectionRateBp());
    }

    @Test
    void paidAheadIsAdvanceWhenPaidAndLeavesNoDemandLater() {
        DcbFigures january = fund(dcb.month(vo, YearMonth.of(2026, 1)), FundSource.SHG_OWN);
        assertEquals(0, january.demandPaise());
        assertEquals(2_000_00, january.collectedAdvancePaise());
        assertEquals(2_000_00, january.collectedPaise());
        DcbFigures march = fund(dcb.month(vo, YearMonth.of(2026, 3)), FundSource.SHG_OWN);
        assertEquals(1_000_00, march.dueInPeriodPaise());
        assertEquals(1_000_00, march.paidAheadBeforePaise());
        assertEquals(0, march.demandPaise());
        assertEquals(0, march.balancePaise());
        assertEquals(0, march.overdueAtEndPaise());
    }

    @Test
    void partlyPaidWithGraceInKarachiAndAReversalThatCancelsOut() {
        DcbReport feb = dcb.month(co, YearMonth.of(2026, 2));
        DcbFigures f = feb.total().total();
        assertEquals(1_000_00, f.demandPaise());
        assertEquals(400_00, f.collectedAgainstDemandPaise());
        assertEquals(600_00, f.balancePaise());
        assertEquals(600_00, f.overdueAtEndPaise(), "1 Feb + 10 days grace is before 28 Feb");
        DcbFigures march = dcb.month(co, YearMonth.of(2026, 3)).total().total();
        assertEquals(600_00, march.arrearsAtStartPaise());
        assertEquals(1_600_00, march.demandPaise());
        assertEquals(0, march.collectedPaise(), "paid 5 March, reversed 6 March");
        assertEquals(1_600_00, march.overdueAtEndPaise());
        DcbFigures fourthOfMarch = dcb.period(co, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5)).total().total();
        assertEquals(500_00, fourthOfMarch.collectedAgainstDemandPaise(), "before the reversal");
        assertEquals(100_00, fourthOfMarch.overdueAtEndPaise(), "February's last Rs 100; March's is within grace on the 5th");
        assertEquals("Asia/Karachi", feb.root().timeZone());
        assertTrue(feb.lines().stream().allMatch(l -> l.unit().isMember()), "a group's lines are its members");
    }

    @Test
    void collectionEqualsTheRepaymentsPostedAndAVoIsTheSumOfItsGroups() {
        for (int month = 1; month <= 4; month++) {
            YearMonth m = YearMonth.of(2026, month);
            DcbReport byVo = dcb.month(vo, m);
            Number posted = (Number) em.createNativeQuery("""
                    SELECT COALESCE(SUM(r.amount_paise), 0) FROM loan_repayment r JOIN loan l ON l.id = r.loan_id
                    JOIN member mb ON mb.id = l.member_id WHERE mb.shg_id IN (?1, ?2) AND r.value_date BETWEEN ?3 AND ?4""")
                    .setParameter(1, shg).setParameter(2, shg2).setParameter(3, m.atDay(1)).setParameter(4, m.atEndOfMonth())
                    .getSingleResult();
            assertEquals(posted.longValue(), byVo.total().total().collectedPaise(), "collection in " + m);
            Number postedPk = (Number) em.createNativeQuery("""
                    SELECT COALESCE(SUM(r.amount_paise), 0) FROM loan_repayment r JOIN loan l ON l.id = r.loan_id
                    JOIN member mb ON mb.id = l.member_id WHERE mb.shg_id = ?1 AND r.value_date BETWEEN ?2 AND ?3""")
                    .setParameter(1, co).setParameter(2, m.atDay(1)).setParameter(3, m.atEndOfMonth()).getSingleResult();
            assertEquals(postedPk.longValue(), dcb.month(co, m).total().total().collectedPaise(), "collection in Karachi in " + m);
            DcbFigures sum = byVo.lines().stream().map(l -> l.total()).reduce(DcbFigures.ZERO, DcbFigures::plus);
            assertEquals(byVo.total().total(), sum, "VO = sum of its groups in " + m);
            assertEquals(dcb.month(shg, m).total().total().plus(dcb.month(shg2, m).total().total()), byVo.total().total());
            assertEquals(byVo.total().total(), dcb.month(fed, m).lines().get(0).total(), "the federation's VO line");
            assertTrue(byVo.total().total().overdueAtEndPaise() <= byVo.total().total().balancePaise());
            ParReport p = par.report(fed, m.atEndOfMonth());
            assertTrue(p.total().total().par30Paise() <= p.total().total().outstandingPaise());
            p.lines().forEach(l -> assertTrue(l.total().par30Paise() <= l.total().outstandingPaise()));
        }
    }
}
