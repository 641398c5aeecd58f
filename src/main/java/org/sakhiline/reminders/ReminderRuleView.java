package org.sakhiline.reminders;

import java.time.Instant;
import java.time.LocalTime;

/** A reminder rule as the admin API shows it. */
public record ReminderRuleView(long id, long orgUnitId, ReminderKind kind, int daysOffset, LocalTime sendAt,
                               Integer repeatEveryDays, int maxSends, ReminderChannel channel, LocalTime windowStart,
                               LocalTime windowEnd, boolean active, Instant createdAt, Instant updatedAt) {

    static ReminderRuleView of(ReminderRule r) {
        return new ReminderRuleView(r.id, r.orgUnitId, r.kind, r.daysOffset, r.sendAt, r.repeatEveryDays, r.maxSends,
                r.channel, r.windowStart, r.windowEnd, r.active, r.createdAt, r.updatedAt);
    }
}
