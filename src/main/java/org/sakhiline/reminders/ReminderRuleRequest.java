package org.sakhiline.reminders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/**
 * A rule to create, or the full new state of one to update. Defaults: window 08:00–20:00; LOAN_OVERDUE
 * repeats every 7 days, 3 times. {@code daysOffset} counts days before the meeting or due date, or for
 * LOAN_OVERDUE days after the due date plus grace (at least 1).
 */
public record ReminderRuleRequest(
        @NotNull Long orgUnitId,
        @NotNull ReminderKind kind,
        @NotNull @Min(0) @Max(60) Integer daysOffset,
        @NotNull LocalTime sendAt,
        @Min(1) @Max(60) Integer repeatEveryDays,
        @Min(1) @Max(10) Integer maxSends,
        @NotNull ReminderChannel channel,
        LocalTime windowStart,
        LocalTime windowEnd,
        Boolean active) {}
