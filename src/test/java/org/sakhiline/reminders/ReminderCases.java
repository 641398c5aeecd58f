package org.sakhiline.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanDues;
import org.sakhiline.books.meetings.MeetingSchedule;
import org.sakhiline.books.org.MeetingFrequency;
import org.sakhiline.books.org.MeetingRule;

/** Facts for the plain-JUnit rule tests, built the way {@link ReminderReads} builds them from rows. */
final class ReminderCases {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");
    static final LocalTime EIGHT = LocalTime.of(8, 0);
    static final LocalTime TWENTY = LocalTime.of(20, 0);
    static final MeetingRule WEEKLY_WEDNESDAY = new MeetingRule(MeetingFrequency.WEEKLY, 3, null, null);
    static final MeetingRule MONTHLY_FIRST = new MeetingRule(MeetingFrequency.MONTHLY, null, null, 1);

    private ReminderCases() {}

    /** A rule sent at {@code sendAt}, quiet hours outside 08:00–20:00, SMS. */
    static EffectiveRule rule(long id, ReminderKind kind, int daysOffset, String sendAt) {
        return rule(id, kind, daysOffset, sendAt, 0, 1);
    }

    static EffectiveRule rule(long id, ReminderKind kind, int daysOffset, String sendAt, int repeatEveryDays, int maxSends) {
        return new EffectiveRule(id, new ReminderTiming(kind, daysOffset, LocalTime.parse(sendAt), repeatEveryDays, maxSends,
                EIGHT, TWENTY), ReminderChannel.SMS);
    }

    /** A group meeting by {@code meets} at {@code time} at the "Panchayat bhavan", with its rules' send days in (from, to]. */
    static GroupPlan group(long id, ZoneId zone, MeetingRule meets, String time, String from, String to, EffectiveRule... rules) {
        MeetingSchedule schedule = new MeetingSchedule(id, meets, LocalTime.parse(time), "Panchayat bhavan", zone);
        Map<ReminderKind, EffectiveRule> byKind = new EnumMap<>(ReminderKind.class);
        Map<ReminderKind, List<ReminderTiming.Slot>> slots = new EnumMap<>(ReminderKind.class);
        for (EffectiveRule r : rules) {
            byKind.put(r.kind(), r);
            List<ReminderTiming.Slot> s = r.timing().slotsIn(Instant.parse(from), Instant.parse(to), zone);
            if (!s.isEmpty()) {
                slots.put(r.kind(), s);
            }
        }
        return new GroupPlan(schedule, byKind, slots);
    }

    /** A group that meets on Wednesdays at 10:00, for rules that are not about meetings. */
    static GroupPlan group(long id, ZoneId zone, String from, String to, EffectiveRule... rules) {
        return group(id, zone, WEEKLY_WEDNESDAY, "10:00", from, to, rules);
    }

    static ReminderRecipient member(long id, long shgId, String phone) {
        return new ReminderRecipient(id, shgId, "hi", null, phone);
    }

    static UnpaidInstalment unpaid(ReminderRecipient member, long instalmentId, long loanId, int graceDays, String dueDate,
                                   long paise) {
        return new UnpaidInstalment(member, instalmentId, instalment(loanId, graceDays, dueDate, paise));
    }

    static LoanDues.Unpaid instalment(long loanId, int graceDays, String dueDate, long paise) {
        return new LoanDues.Unpaid(loanId, FundSource.REVOLVING_FUND, graceDays, LocalDate.parse(dueDate), paise);
    }
}
