package org.sakhiline.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One reminder to one member, decided and not yet rendered.
 *
 * @param key          dedupe key without the channel suffix. Rows in production outboxes carry these
 *                     formats, so they never change: {@code rem:mtg:<member>:<meeting date>:r<rule>},
 *                     {@code rem:due:<member>:<due date>:r<rule>}, {@code rem:ovd:<member>:i<instalment>:r<rule>:n<n-th send>}
 * @param sendAt       local time in the group's zone it is meant to go out, quiet hours applied
 * @param date         MEETING: meeting date; INSTALMENT_DUE: due date; LOAN_OVERDUE: the send day
 * @param time         MEETING: start time; else null
 * @param changedPlace MEETING: the place when it is not the group's usual one; else null
 * @param amountPaise  INSTALMENT_DUE: unpaid and due on {@code date}; LOAN_OVERDUE: the loan's overdue amount
 */
public record PlannedReminder(ReminderRecipient to, ReminderKind kind, EffectiveRule rule, String key, LocalDateTime sendAt,
                              LocalDate date, LocalTime time, String changedPlace, long amountPaise) {

    /** Her own choice of channel, else the rule's. */
    public ReminderChannel channel() {
        return to.preference() != null ? to.preference() : rule.channel();
    }
}
