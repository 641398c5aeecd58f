package org.sakhiline.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * What a member owes. Due = unpaid instalments due on or before the next meeting (or {@code asOf} when
 * no meeting is known), overdue included; overdue = unpaid with due date + grace days before
 * {@code asOf}.
 *
 * @param earliestDueDate earliest due date among the due instalments, null when nothing is due
 */
public record LoanDues(long memberId, LocalDate asOf, LocalDate nextMeetingDate, long amountDuePaise,
                       LocalDate earliestDueDate, long overduePaise, long outstandingPaise, List<LoanDue> loans) {

    public boolean hasLoans() {
        return !loans.isEmpty();
    }

    /** Dues of one active loan. */
    public record LoanDue(long loanId, FundSource fundSource, long amountDuePaise, LocalDate earliestDueDate,
                          long overduePaise, long outstandingPaise) {}
}
