package org.sakhiline.books.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.ChargeMethod;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanFrequency;
import org.sakhiline.books.loans.LoanSchedule;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.loans.NewLoan;
import org.sakhiline.books.loans.RatePeriod;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.books.savings.SavingsTxn;
import org.sakhiline.testing.BooksFixtures;

@QuarkusTest
class ConsistencyCheckTest {

    @Inject
    ConsistencyCheck consistency;

    @Inject
    SavingsService savings;

    @Inject
    LoanService loans;

    @Inject
    BooksFixtures fixtures;

    @Test
    void findsCorruptedCachesAndRebuildFixesThem() {
        long member = fixtures.member();
        savings.deposit(member, 12_000, PostingContext.of(BooksFixtures.unique("d"), Channel.API, "test", LocalDate.now()));
        savings.withdraw(member, 2_000, PostingContext.of(BooksFixtures.unique("w"), Channel.API, "test", LocalDate.now()));
        LoanSchedule loan = loans.create(new NewLoan(member, FundSource.SHG_OWN, 300_000, ChargeMethod.FLAT, 100,
                RatePeriod.MONTH, LoanFrequency.MONTHLY, 3, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), 0),
                BooksFixtures.disbursal());
        loans.repay(loan.loanId(), 50_000, PostingContext.of(BooksFixtures.unique("r"), Channel.API, "test", LocalDate.now()));
        assertTrue(consistency.check().balanceDifferences().stream().noneMatch(d -> d.memberId() == member));

        // Corrupt both caches behind the services' back.
        QuarkusTransaction.requiringNew().run(() -> {
            SavingsTxn.getEntityManager().createNativeQuery(
                    "UPDATE savings_balance SET balance_paise = balance_paise + 777 WHERE member_id = ?1")
                    .setParameter(1, member).executeUpdate();
            SavingsTxn.getEntityManager().createNativeQuery(
                    "UPDATE loan_instalment SET principal_paid_paise = 0 WHERE loan_id = ?1 AND seq = 1")
                    .setParameter(1, loan.loanId()).executeUpdate();
        });
        assertEquals(10_777, savings.balancePaise(member));

        ConsistencyReport report = consistency.check();
        assertTrue(report.balanceDifferences().contains(new ConsistencyReport.BalanceDifference(member, 10_777, 10_000)));
        // Flat 1 %/month on 300,000 over 3 months: 3,000 charge + 100,000 principal per instalment, so the
        // 50,000 repayment went 3,000 to charge and 47,000 to principal of instalment 1.
        assertTrue(report.instalmentDifferences().stream().anyMatch(d -> d.loanId() == loan.loanId() && d.seq() == 1
                && d.cachedPrincipalPaidPaise() == 0 && d.allocatedPrincipalPaise() == 47_000));

        consistency.rebuild();
        ConsistencyReport after = consistency.check();
        assertTrue(after.balanceDifferences().stream().noneMatch(d -> d.memberId() == member));
        assertTrue(after.instalmentDifferences().stream().noneMatch(d -> d.loanId() == loan.loanId()));
        assertEquals(10_000, savings.balancePaise(member));
        assertEquals(47_000, loans.details(loan.loanId()).instalments().get(0).principalPaidPaise());
    }
}
