package org.sakhiline.books.passbook;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's savings and loans for a period, in paise, as her passbook prints them: the savings balance at the
 * start, each entry by its value date with the balance after it, the balance at the end; each loan open in the
 * period with what was left to pay at its start and end, the instalments that fell due and the repayments made.
 * Entries are paged: {@code pageOpeningPaise} is the balance before the first entry on this page.
 */
public record PassbookStatement(long memberId, LocalDate from, LocalDate to, long openingPaise, long closingPaise,
                                long depositedPaise, long withdrawnPaise, long entryCount, int page, int pageSize,
                                long pageOpeningPaise, List<Entry> entries, List<LoanPart> loans) {

    /** One savings log row; {@code type} is DEPOSIT, WITHDRAWAL, REVERSAL or OPENING_BALANCE. */
    public record Entry(long txnId, LocalDate valueDate, String type, long amountPaise, long balanceAfterPaise,
                        Long reversesTxnId) {}

    /** A loan open at some time in the period. Amounts to repay include the service charge. */
    public record LoanPart(long loanId, String fundSource, long principalPaise, LocalDate disbursalDate, long totalDuePaise,
                           long outstandingAtStartPaise, long outstandingAtEndPaise, List<Instalment> instalments,
                           List<Repayment> repayments) {}

    /** An instalment due in the period and what had been paid against it by the period's end. */
    public record Instalment(int seq, LocalDate dueDate, long duePaise, long paidByEndPaise) {}

    /** A repayment value-dated in the period; a reversal is negative. */
    public record Repayment(long repaymentId, LocalDate valueDate, long amountPaise) {}
}
