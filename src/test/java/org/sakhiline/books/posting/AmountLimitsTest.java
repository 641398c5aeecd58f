package org.sakhiline.books.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.ChargeMethod;
import org.sakhiline.books.loans.LoanFrequency;
import org.sakhiline.books.loans.LoanScheduleCalculator;
import org.sakhiline.books.loans.RatePeriod;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.InvalidInputException;

class AmountLimitsTest {

    @Test
    void anAmountAboveItsLimitIsRefusedNamingTheFieldAndTheLimit() {
        AmountLimits.check("amountPaise", "a deposit", 200_000_000, 200_000_000);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AmountLimits.check("amountPaise", "a deposit", 200_000_001, 200_000_000));
        assertEquals("amountPaise", e.errors().get(0).field());
        assertEquals("must be at most 200000000 paise (Rs 20,00,000) for a deposit", e.errors().get(0).message());
        assertThrows(InvalidInputException.class, () -> AmountLimits.check("amountPaise", "a deposit", 0, 100));
        assertThrows(InvalidInputException.class, () -> AmountLimits.check("amountPaise", "a deposit", Long.MIN_VALUE, 100));
    }

    @Test
    void aBalancePastTheRangeIsARefusalNotAnArithmeticError() {
        assertEquals(Long.MAX_VALUE, AmountLimits.add(Long.MAX_VALUE - 5, 5));
        assertEquals(BusinessRuleException.class, assertThrows(RuntimeException.class,
                () -> AmountLimits.add(Long.MAX_VALUE - 5, 6)).getClass());
    }

    /** The bound the class comment proves: the dearest loan the limits allow, every charge method and frequency. */
    @Test
    void theLargestLoanTheLimitsAllowKeepsEverySumInRange() {
        for (ChargeMethod method : ChargeMethod.values()) {
            for (LoanFrequency frequency : LoanFrequency.values()) {
                List<LoanScheduleCalculator.Line> lines = LoanScheduleCalculator.schedule(new LoanScheduleCalculator.Terms(
                        AmountLimits.HARD_CAP, method, 100_000, RatePeriod.MONTH, frequency, 520, LocalDate.of(2026, 1, 1)));
                long total = 0;
                for (LoanScheduleCalculator.Line line : lines) {
                    total = Math.addExact(total, line.totalPaise());
                }
                assertTrue(total <= 5_201 * AmountLimits.HARD_CAP, method + " " + frequency + ": " + total);
            }
        }
    }

    @Test
    void digestsTellRequestsApartHoweverTheirPartsAreSplit() {
        assertEquals(RequestDigest.of("POST", "/a", "{}"), RequestDigest.of("POST", "/a", "{}"));
        assertNotEquals(RequestDigest.of("POST", "/a", "b"), RequestDigest.of("POST", "/a\nb", ""));
        assertNotEquals(RequestDigest.of("x", null), RequestDigest.of("x", "\u0000"));
        assertEquals(64, RequestDigest.of("x").length());
    }
}
