package org.sakhiline.books.loans;

import java.time.LocalDate;

/** Terms of a loan to disburse; the schedule is generated from them. */
public record NewLoan(long memberId, FundSource fundSource, long principalPaise, ChargeMethod chargeMethod, int rateBp,
                      RatePeriod ratePeriod, LoanFrequency frequency, int instalmentCount, LocalDate disbursalDate,
                      LocalDate firstDueDate, int graceDays) {}
