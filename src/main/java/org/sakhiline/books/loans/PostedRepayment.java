package org.sakhiline.books.loans;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of a repayment or of its reversal (negative amounts). {@code outstandingAfterPaise} is
 * the loan's outstanding total right after this posting; a replay returns the first values.
 * <p>{@code replayed} is left out of JSON: an API replay answers exactly like the first post and says
 * so in the {@code Idempotent-Replayed} header instead.
 */
public record PostedRepayment(long repaymentId, long loanId, long amountPaise, Long reversesRepaymentId,
                              long outstandingAfterPaise, LocalDate valueDate, List<Allocation> allocations,
                              @JsonIgnore boolean replayed) {

    /** The part of the repayment that went to one instalment. */
    public record Allocation(int seq, LocalDate dueDate, long chargePaise, long principalPaise) {}
}
