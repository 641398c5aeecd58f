package org.sakhiline.books.posting;

import org.sakhiline.support.i18n.Money;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * Bounds on money amounts, and why the books' arithmetic cannot overflow.
 *
 * <p>Every posted amount is at most {@link #HARD_CAP} (10^12 paise, Rs 1,000 crore). A loan's total charge
 * is at most principal × 10 (rate ≤ 100,000 bp per month) × 520 instalments, so its total due is below
 * 5,201 × 10^12 ≈ 5.2 × 10^15, and repayments never exceed it: loan sums stay three orders of magnitude
 * below {@code Long.MAX_VALUE} (≈ 9.2 × 10^18). A savings balance grows by one capped deposit at a time, so
 * reaching the end of the range takes over nine million deposits at the cap; it is still added with
 * {@link #add}, which answers that case as a refusal instead of an arithmetic error (a 500).
 */
public final class AmountLimits {

    public static final long HARD_CAP = 1_000_000_000_000L;
    public static final String OVER_LIMIT = "amount-over-limit";

    private AmountLimits() {}

    /** Refuses a non-positive amount or one above {@code max}, naming the field and the limit. */
    public static void check(String field, String kind, long amountPaise, long max) {
        if (amountPaise <= 0) {
            throw new InvalidInputException(field, "must be positive");
        }
        if (amountPaise > max) {
            throw new InvalidInputException(field, "must be at most " + max + " paise (" + Money.format(max, "en") + ") for " + kind);
        }
    }

    /** {@code balance + delta}, refused (not thrown as an arithmetic error) if it would leave the range. */
    public static long add(long balance, long delta) {
        try {
            return Math.addExact(balance, delta);
        } catch (ArithmeticException e) {
            throw new BusinessRuleException(OVER_LIMIT, "the balance would exceed what the books can hold");
        }
    }
}
