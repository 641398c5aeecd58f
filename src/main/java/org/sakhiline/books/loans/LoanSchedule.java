package org.sakhiline.books.loans;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * A created loan with its generated schedule: only values fixed at disbursal, so a replayed creation
 * returns exactly the same thing.
 * <p>{@code replayed} is left out of JSON: an API replay answers exactly like the first post and says
 * so in the {@code Idempotent-Replayed} header instead.
 */
public record LoanSchedule(long loanId, long memberId, FundSource fundSource, long principalPaise,
                           ChargeMethod chargeMethod, int rateBp, RatePeriod ratePeriod, LoanFrequency frequency,
                           int instalmentCount, LocalDate disbursalDate, LocalDate firstDueDate, int graceDays,
                           long totalChargePaise, List<LoanScheduleCalculator.Line> instalments, @JsonIgnore boolean replayed) {}
