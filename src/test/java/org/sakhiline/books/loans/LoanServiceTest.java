package org.sakhiline.books.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.testing.BooksFixtures;

@QuarkusTest
class LoanServiceTest {

    @Inject
    LoanService loans;

    @Inject
    BooksFixtures fixtures;

    private static PostingContext ctx(String key) {
        return PostingContext.of(key, Channel.BOOKKEEPER, "staff:7", LocalDate.of(2025, 3, 1));
    }

    /** Rs 10,000 at 1 %/month flat over 10 months from 5 Feb 2025: 10 × (100,000 principal + 10,000 charge). */
    private LoanSchedule flatLoan(long member, int graceDays) {
        return loans.create(new NewLoan(member, FundSource.REVOLVING_FUND, 1_000_000, ChargeMethod.FLAT, 100,
                RatePeriod.MONTH, LoanFrequency.MONTHLY, 10, LocalDate.of(2025, 1, 5), LocalDate.of(2025, 2, 5), graceDays),
                BooksFixtures.disbursal());
    }

    @Test
    void creationIsIdempotentAndStoresTheSchedule() {
        long member = fixtures.member();
        NewLoan terms = new NewLoan(member, FundSource.BANK, 100_000, ChargeMethod.DECLINING, 2400, RatePeriod.YEAR,
                LoanFrequency.FORTNIGHTLY, 3, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10), 0);
        String key = BooksFixtures.unique("loan");
        LoanSchedule first = loans.create(terms, PostingContext.of(key, Channel.BOOKKEEPER, "test", LocalDate.of(2025, 1, 1)));
        LoanSchedule again = loans.create(terms, PostingContext.of(key, Channel.BOOKKEEPER, "test", LocalDate.of(2025, 1, 1)));

        assertEquals(first.loanId(), again.loanId());
        assertTrue(again.replayed());
        assertEquals(923 + 615 + 308, first.totalChargePaise());   // see LoanScheduleCalculatorTest
        assertEquals(List.of(33_333L, 33_333L, 33_334L),
                loans.details(first.loanId()).instalments().stream().map(LoanDetails.InstalmentState::principalDuePaise).toList());
        assertEquals(1, loans.loansOf(member).size());
        assertEquals(ConflictException.IDEMPOTENCY_KEY_REUSED, assertThrows(ConflictException.class,
                () -> loans.create(new NewLoan(member, FundSource.BANK, 100_001, ChargeMethod.DECLINING, 2400, RatePeriod.YEAR,
                        LoanFrequency.FORTNIGHTLY, 3, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10), 0),
                        PostingContext.of(key, Channel.BOOKKEEPER, "test", LocalDate.of(2025, 1, 1)))).code());
    }

    @Test
    void aRepaymentGoesToChargeThenPrincipalOldestInstalmentFirst() {
        long member = fixtures.member();
        LoanSchedule loan = flatLoan(member, 0);
        String key = BooksFixtures.unique("rp");
        PostedRepayment r = loans.repay(loan.loanId(), 150_000, ctx(key));

        // 150,000 = instalment 1 in full (10,000 charge + 100,000 principal) + instalment 2's 10,000 charge + 30,000 principal.
        assertEquals(List.of(new PostedRepayment.Allocation(1, LocalDate.of(2025, 2, 5), 10_000, 100_000),
                new PostedRepayment.Allocation(2, LocalDate.of(2025, 3, 5), 10_000, 30_000)), r.allocations());
        assertEquals(1_100_000 - 150_000, r.outstandingAfterPaise());
        LoanDetails d = loans.details(loan.loanId());
        assertEquals(new LoanDetails.InstalmentState(2, LocalDate.of(2025, 3, 5), 100_000, 10_000, 30_000, 10_000),
                d.instalments().get(1));
        assertEquals(950_000, d.outstandingPaise());

        loans.repay(loan.loanId(), 1_000, ctx(BooksFixtures.unique("rp")));
        PostedRepayment replay = loans.repay(loan.loanId(), 150_000, ctx(key));
        assertTrue(replay.replayed());
        assertEquals(r.repaymentId(), replay.repaymentId());
        assertEquals(r.allocations(), replay.allocations());
        assertEquals(r.outstandingAfterPaise(), replay.outstandingAfterPaise());
        assertEquals(949_000, loans.details(loan.loanId()).outstandingPaise());
    }

    @Test
    void overpaymentIsRefusedAndFullPaymentClosesTheLoan() {
        LoanSchedule loan = flatLoan(fixtures.member(), 0);
        assertEquals(BusinessRuleException.OVERPAYMENT, assertThrows(BusinessRuleException.class,
                () -> loans.repay(loan.loanId(), 1_100_001, ctx(BooksFixtures.unique("rp")))).code());
        PostedRepayment all = loans.repay(loan.loanId(), 1_100_000, ctx(BooksFixtures.unique("rp")));
        assertEquals(0, all.outstandingAfterPaise());
        assertEquals(LoanStatus.CLOSED, loans.details(loan.loanId()).status());
        assertThrows(BusinessRuleException.class, () -> loans.repay(loan.loanId(), 1, ctx(BooksFixtures.unique("rp"))));
    }

    @Test
    void aRepaymentIsReversedOnceByMirroringItsAllocations() {
        LoanSchedule loan = flatLoan(fixtures.member(), 0);
        PostedRepayment first = loans.repay(loan.loanId(), 1_100_000, ctx(BooksFixtures.unique("rp")));
        PostedRepayment reversal = loans.reverseRepayment(first.repaymentId(), ctx(BooksFixtures.unique("rv")));

        assertEquals(-1_100_000, reversal.amountPaise());
        assertEquals(first.repaymentId(), reversal.reversesRepaymentId());
        assertEquals(1_100_000, reversal.outstandingAfterPaise());
        assertEquals(10, reversal.allocations().size());
        assertEquals(-10_000, reversal.allocations().get(0).chargePaise());
        LoanDetails d = loans.details(loan.loanId());
        assertEquals(LoanStatus.ACTIVE, d.status());
        assertEquals(0, d.paidPaise());

        assertEquals(ConflictException.ALREADY_REVERSED, assertThrows(ConflictException.class,
                () -> loans.reverseRepayment(first.repaymentId(), ctx(BooksFixtures.unique("rv")))).code());
        assertEquals(BusinessRuleException.REVERSAL_OF_REVERSAL, assertThrows(BusinessRuleException.class,
                () -> loans.reverseRepayment(reversal.repaymentId(), ctx(BooksFixtures.unique("rv")))).code());
    }

    @Test
    void duesCountUnpaidInstalmentsUpToTheNextMeetingAndOverdueAfterGrace() {
        long member = fixtures.member();
        LoanSchedule loan = flatLoan(member, 3);
        loans.repay(loan.loanId(), 110_000 + 50_000, ctx(BooksFixtures.unique("rp")));
        // Instalment 1 (5 Feb) paid; instalment 2 (5 Mar) has 60,000 unpaid; 3 (5 Apr) 110,000 unpaid.

        LoanDues onTenthMarch = loans.dues(member, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 4, 9));
        assertEquals(60_000 + 110_000, onTenthMarch.amountDuePaise());
        assertEquals(LocalDate.of(2025, 3, 5), onTenthMarch.earliestDueDate());
        assertEquals(60_000, onTenthMarch.overduePaise());          // 5 Mar + 3 grace days = 8 Mar < 10 Mar
        assertEquals(1_100_000 - 160_000, onTenthMarch.outstandingPaise());
        assertEquals(1, onTenthMarch.loans().size());

        LoanDues withinGrace = loans.dues(member, LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 12));
        assertEquals(60_000, withinGrace.amountDuePaise());
        assertEquals(0, withinGrace.overduePaise());                // 8 Mar is not after 5 Mar + 3

        LoanDues beforeAnything = loans.dues(member, LocalDate.of(2025, 3, 1), null);
        assertEquals(0, beforeAnything.amountDuePaise());
        assertNull(beforeAnything.earliestDueDate());

        LoanDues none = loans.dues(fixtures.member(), LocalDate.of(2025, 3, 1), null);
        assertTrue(none.loans().isEmpty());
        assertEquals(0, none.outstandingPaise());
    }
}
