package org.sakhiline.books.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.testing.ScopedBooks;

/**
 * The summary always equals the ledger: before a fold (the rows past the watermarks are added live), after one,
 * and after a rebuild — with back-dated entries, withdrawals, reversals and a reversed repayment in the books.
 */
@QuarkusTest
class MonthlyRollupTest {

    @Inject
    MonthlyRollup rollup;
    @Inject
    ScopedBooks books;
    @Inject
    SavingsService savings;
    @Inject
    LoanService loans;
    @Inject
    EntityManager em;

    private static final YearMonth FROM = YearMonth.of(2025, 11);
    private static final YearMonth TO = YearMonth.of(2026, 6);

    @Test
    void theSummaryEqualsARecomputationFromTheLedgerBeforeAndAfterFoldingAndRebuilding() {
        ScopedBooks.Branch b = books.create();
        List<Long> units = List.of(b.voId(), b.shgId());
        fold();
        // After the fold, more entries: one back-dated into December 2025, a withdrawal, a reversal, a reversed repayment.
        QuarkusTransaction.requiringNew().run(() -> {
            long late = savings.deposit(b.memberId(), 2_000_00, ctx(LocalDate.of(2025, 12, 20))).txnId();
            savings.withdraw(b.memberId(), 5_000_00, ctx(LocalDate.of(2026, 3, 2)));
            savings.reverse(late, ctx(LocalDate.of(2026, 4, 1)));
            long r = loans.repay(b.loanId(), 2_000_00, ctx(LocalDate.of(2026, 4, 7))).repaymentId();
            loans.reverseRepayment(r, ctx(LocalDate.of(2026, 5, 7)));
            loans.repay(b.loanId(), 1_500_00, ctx(LocalDate.of(2026, 5, 8)));
        });
        List<MonthlyRollup.MonthTotals> expected = ledger(b.shgId());
        assertEquals(expected, rollup.monthly(units, FROM, TO), "unfolded rows are added live");
        fold();
        assertEquals(List.of(), rollup.differences());
        assertEquals(expected, rollup.monthly(units, FROM, TO), "after folding");
        rollup.rebuild();
        assertEquals(List.of(), rollup.differences());
        assertEquals(expected, rollup.monthly(units, FROM, TO), "after a rebuild");

        // Dec 2025: nothing yet but the back-dated Rs 2,000. Jan 2026: + Rs 1,25,300 and a Rs 10,000 loan.
        assertEquals(2_000_00, expected.get(1).savingsBalancePaise());
        assertEquals(1_27_300_00, expected.get(2).savingsBalancePaise());
        assertEquals(10_000_00, expected.get(2).loansOutstandingPaise());
        assertEquals(1_20_300_00, expected.get(5).savingsBalancePaise(), "April: less the withdrawal and the reversed Rs 2,000");
    }

    @Test
    void aFoldTakesOnlyWhatThePreviousFoldSawSoAPostingInFlightIsNotSkipped() {
        fold();
        ScopedBooks.Branch b = books.create();
        Object[] before = state();
        rollup.fold();
        Object[] after = state();
        assertEquals(before[3], after[0], "the watermark moves to what the previous fold saw, not to the newest row");
        assertEquals(ledger(b.shgId()), rollup.monthly(List.of(b.shgId()), FROM, TO));
    }

    private void fold() {
        rollup.fold();
        rollup.fold();
    }

    private Object[] state() {
        return (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT savings_txn_id, loan_id, allocation_id, seen_savings_txn_id FROM month_rollup_state WHERE id = 1")
                .getSingleResult());
    }

    /** Balances straight from the logs, month by month, for one group. */
    private List<MonthlyRollup.MonthTotals> ledger(long shgId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<MonthlyRollup.MonthTotals> out = new ArrayList<>();
            long prevSavings = sum("SELECT SUM(t.amount_paise) FROM savings_txn t JOIN member m ON m.id = t.member_id"
                    + " WHERE m.shg_id = ?1 AND t.value_date < ?2", shgId, FROM.atDay(1));
            long prevLoans = outstanding(shgId, FROM.atDay(1).minusDays(1));
            for (YearMonth m = FROM; !m.isAfter(TO); m = m.plusMonths(1)) {
                long s = sum("SELECT SUM(t.amount_paise) FROM savings_txn t JOIN member m ON m.id = t.member_id"
                        + " WHERE m.shg_id = ?1 AND t.value_date <= ?2", shgId, m.atEndOfMonth());
                long l = outstanding(shgId, m.atEndOfMonth());
                long disbursed = sum("SELECT SUM(l.principal_paise) FROM loan l JOIN member m ON m.id = l.member_id"
                        + " WHERE m.shg_id = ?1 AND l.disbursal_date BETWEEN ?2 AND ?3", shgId, m.atDay(1), m.atEndOfMonth());
                long repaid = disbursed - (l - prevLoans);
                out.add(new MonthlyRollup.MonthTotals(m, s - prevSavings, disbursed, repaid, s, l));
                prevSavings = s;
                prevLoans = l;
            }
            return out;
        });
    }

    private long outstanding(long shgId, LocalDate day) {
        return sum("SELECT SUM(l.principal_paise) FROM loan l JOIN member m ON m.id = l.member_id WHERE m.shg_id = ?1"
                + " AND l.disbursal_date <= ?2", shgId, day)
                - sum("SELECT SUM(a.principal_paise) FROM loan_allocation a JOIN loan_repayment r ON r.id = a.repayment_id"
                + " JOIN loan l ON l.id = r.loan_id JOIN member m ON m.id = l.member_id WHERE m.shg_id = ?1 AND r.value_date <= ?2",
                shgId, day);
    }

    private long sum(String sql, long shgId, LocalDate... days) {
        var q = em.createNativeQuery(sql).setParameter(1, shgId);
        for (int i = 0; i < days.length; i++) {
            q.setParameter(i + 2, Date.valueOf(days[i]));
        }
        Object r = q.getSingleResult();
        return r == null ? 0 : ((Number) r).longValue();
    }

    private static PostingContext ctx(LocalDate day) {
        return PostingContext.of("rollup-" + UUID.randomUUID(), Channel.BOOKKEEPER, "test", day);
    }
}
