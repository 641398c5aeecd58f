package org.sakhiline.books.loans;

import java.time.LocalDate;
import java.util.List;

/** A loan as it stands now: terms, status, totals and each instalment's paid amounts. */
public record LoanDetails(long loanId, long memberId, FundSource fundSource, long principalPaise,
                          ChargeMethod chargeMethod, int rateBp, RatePeriod ratePeriod, LoanFrequency frequency,
                          int instalmentCount, LocalDate disbursalDate, LocalDate firstDueDate, int graceDays,
                          LoanStatus status, long totalDuePaise, long paidPaise, long outstandingPaise,
                          List<InstalmentState> instalments) {

    /** One instalment with what has been paid against it. */
    public record InstalmentState(int seq, LocalDate dueDate, long principalDuePaise, long chargeDuePaise,
                                  long principalPaidPaise, long chargePaidPaise) {
        public long unpaidPaise() {
            return principalDuePaise - principalPaidPaise + chargeDuePaise - chargePaidPaise;
        }
    }
}
