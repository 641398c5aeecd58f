package org.sakhiline.books.loans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** One unpaid (or partly paid) instalment of an active loan: what is left of it and when it fell due. */
    public record Unpaid(long loanId, FundSource fundSource, int graceDays, LocalDate dueDate, long unpaidPaise) {

        /** Past its due date plus the loan's grace days on {@code asOf}. */
        public boolean overdueOn(LocalDate asOf) {
            return !asOf.isBefore(overdueFrom());
        }

        /** The first day it is overdue: the day after its due date plus grace (for callers that count days overdue). */
        public LocalDate overdueFrom() {
            return dueDate.plusDays(graceDays + 1L);
        }
    }

    /**
     * The rule, in one place for every reader (the services, the hop's JDBC reads, the reminder planner):
     * sums unpaid instalments, ordered by loan and sequence, into dues as of {@code asOf}.
     */
    public static LoanDues of(long memberId, LocalDate asOf, LocalDate nextMeetingDate, List<Unpaid> unpaid) {
        LocalDate horizon = nextMeetingDate == null || nextMeetingDate.isBefore(asOf) ? asOf : nextMeetingDate;
        Map<Long, LoanDue> perLoan = new LinkedHashMap<>();
        for (Unpaid r : unpaid) {
            LoanDue d = perLoan.getOrDefault(r.loanId(), new LoanDue(r.loanId(), r.fundSource(), 0, null, 0, 0));
            boolean due = !r.dueDate().isAfter(horizon);
            perLoan.put(r.loanId(), new LoanDue(r.loanId(), r.fundSource(),
                    d.amountDuePaise() + (due ? r.unpaidPaise() : 0),
                    due && d.earliestDueDate() == null ? r.dueDate() : d.earliestDueDate(),
                    d.overduePaise() + (r.overdueOn(asOf) ? r.unpaidPaise() : 0),
                    d.outstandingPaise() + r.unpaidPaise()));
        }
        List<LoanDue> loans = new ArrayList<>(perLoan.values());
        LocalDate earliest = loans.stream().map(LoanDue::earliestDueDate).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        return new LoanDues(memberId, asOf, nextMeetingDate,
                loans.stream().mapToLong(LoanDue::amountDuePaise).sum(), earliest,
                loans.stream().mapToLong(LoanDue::overduePaise).sum(),
                loans.stream().mapToLong(LoanDue::outstandingPaise).sum(), loans);
    }
}
