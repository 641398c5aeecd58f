package org.sakhiline.reports.par;

import java.time.LocalDate;
import org.sakhiline.books.loans.FundSource;

/** One loan at risk on a date, for the list under a VO or SHG. */
public record ParLoan(long loanId, long memberId, int memberNo, String memberName, long shgId, String shgCode,
                      FundSource fundSource, LocalDate disbursalDate, long principalPaise, long outstandingPaise,
                      long overduePaise, LocalDate oldestUnpaidDueDate, int daysOverdue) {}
