package org.sakhiline.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sakhiline.reminders.ReminderCases.KARACHI;
import static org.sakhiline.reminders.ReminderCases.KOLKATA;
import static org.sakhiline.reminders.ReminderCases.MONTHLY_FIRST;
import static org.sakhiline.reminders.ReminderCases.WEEKLY_WEDNESDAY;
import static org.sakhiline.reminders.ReminderCases.group;
import static org.sakhiline.reminders.ReminderCases.member;
import static org.sakhiline.reminders.ReminderCases.rule;
import static org.sakhiline.reminders.ReminderKind.MEETING;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.meetings.MeetingStatus;
import org.sakhiline.books.meetings.MeetingSummary;

/**
 * MEETING reminders from facts alone: the group's time zone, quiet hours, late runs after downtime, the
 * generated rows that cancel or move a meeting, and handsets shared within a group. Each table row is one
 * window planned; "none" means no reminder in it.
 */
class MeetingRemindersTest {

    private static final long SHG = 5;
    private static final ReminderRecipient SUNITA = member(101, SHG, "+919800000101");

    /** Plans one group with the given generated rows; everything the rule yields for its members. */
    private static List<PlannedReminder> plan(GroupPlan group, String now, List<ReminderRecipient> members, MeetingSummary... rows) {
        Map<LocalDate, MeetingSummary> byDate = new HashMap<>();
        for (MeetingSummary r : rows) {
            byDate.put(r.date(), r);
        }
        List<MeetingReminders.Occasion> occasions = MeetingReminders.occasions(List.of(group), Map.of(group.id(), byDate),
                Instant.parse(now));
        return MeetingReminders.reminders(occasions, members);
    }

    private static MeetingSummary row(String date, String time, String place, MeetingStatus status) {
        return new MeetingSummary(900, SHG, LocalDate.parse(date), LocalTime.parse(time), place, status);
    }

    private record ZoneCase(ZoneId zone, String from, String to, String sendAt) {}

    @Test
    void theGroupsOwnClockDecidesKarachiAgainstKolkata() {
        // Monthly on the 1st at 11:00; the reminder the evening before at 18:00: 12:30Z in India, 13:00Z in Pakistan.
        List<ZoneCase> cases = List.of(
                new ZoneCase(KOLKATA, "2026-03-31T12:00:00Z", "2026-03-31T12:45:00Z", "2026-03-31T18:00"),
                new ZoneCase(KARACHI, "2026-03-31T12:00:00Z", "2026-03-31T12:45:00Z", null),
                new ZoneCase(KARACHI, "2026-03-31T12:45:00Z", "2026-03-31T13:00:00Z", "2026-03-31T18:00"),
                new ZoneCase(KOLKATA, "2026-03-31T12:45:00Z", "2026-03-31T13:00:00Z", null),
                new ZoneCase(KOLKATA, "2026-03-31T12:30:00Z", "2026-03-31T12:45:00Z", null));   // (from, to]: sent already
        for (ZoneCase c : cases) {
            GroupPlan g = group(SHG, c.zone(), MONTHLY_FIRST, "11:00", c.from(), c.to(), rule(7, MEETING, 1, "18:00"));
            List<PlannedReminder> due = plan(g, c.to(), List.of(SUNITA));
            if (c.sendAt() == null) {
                assertEquals(List.of(), due, c.toString());
                continue;
            }
            assertEquals(1, due.size(), c.toString());
            PlannedReminder r = due.get(0);
            assertEquals("rem:mtg:101:2026-04-01:r7", r.key(), c.toString());
            assertEquals(LocalDateTime.parse(c.sendAt()), r.sendAt(), c.toString());
            assertEquals(LocalDate.of(2026, 4, 1), r.date());
            assertEquals(LocalTime.of(11, 0), r.time());
            assertNull(r.changedPlace(), "the usual place is not named");
        }
    }

    private record QuietCase(String sendAt, String meetingAt, String from, String to, String expectedSendAt) {}

    @Test
    void quietHoursMoveTheReminderToTheWindowStartUnlessTheMeetingHasBegunBy() {
        // Meeting Wednesday 4 March 2026; the rule says one day before; quiet outside 08:00–20:00 IST.
        List<QuietCase> cases = List.of(
                // 21:30 Tuesday is quiet: 08:00 Wednesday (02:30Z) instead, and nothing at 21:30 (16:00Z).
                new QuietCase("21:30", "11:00", "2026-03-03T15:30:00Z", "2026-03-03T16:30:00Z", null),
                new QuietCase("21:30", "11:00", "2026-03-04T02:00:00Z", "2026-03-04T03:00:00Z", "2026-03-04T08:00"),
                // A 07:30 meeting has begun by 08:00: a reminder then would be noise.
                new QuietCase("21:30", "07:30", "2026-03-04T02:00:00Z", "2026-03-04T03:00:00Z", null),
                // Too early is moved to the same morning's window start (Tuesday 08:00 = 02:30Z).
                new QuietCase("06:00", "11:00", "2026-03-03T00:00:00Z", "2026-03-03T02:29:00Z", null),
                new QuietCase("06:00", "11:00", "2026-03-03T02:29:00Z", "2026-03-03T02:30:00Z", "2026-03-03T08:00"));
        for (QuietCase c : cases) {
            GroupPlan g = group(SHG, KOLKATA, WEEKLY_WEDNESDAY, c.meetingAt(), c.from(), c.to(), rule(7, MEETING, 1, c.sendAt()));
            List<PlannedReminder> due = plan(g, c.to(), List.of(SUNITA));
            assertEquals(c.expectedSendAt() == null ? List.of() : List.of(LocalDateTime.parse(c.expectedSendAt())),
                    due.stream().map(PlannedReminder::sendAt).toList(), c.toString());
            due.forEach(r -> assertEquals("rem:mtg:101:2026-03-04:r7", r.key()));
        }
    }

    private record CatchUpCase(String now, int catchUpHours, int reminders) {}

    @Test
    void aLateRunRemindsOnlyWithinItsCatchUpAndOnlyOfMeetingsStillToCome() {
        // Wednesday 4 March 10:00 IST (04:30Z); reminded the evening before at 18:00 IST (12:30Z) and, by a
        // same-day rule, at 08:00 IST (02:30Z). A run after downtime plans (now - catch-up, now].
        List<CatchUpCase> evening = List.of(
                new CatchUpCase("2026-03-03T19:00:00Z", 6, 0),    // 12:30Z is older than the catch-up: given up
                new CatchUpCase("2026-03-03T19:00:00Z", 7, 1),    // within it: late, but the meeting is still to come
                new CatchUpCase("2026-03-04T05:00:00Z", 24, 0));  // within it, but the meeting has begun
        for (CatchUpCase c : evening) {
            Instant now = Instant.parse(c.now());
            GroupPlan g = group(SHG, KOLKATA, WEEKLY_WEDNESDAY, "10:00", now.minus(Duration.ofHours(c.catchUpHours())).toString(),
                    c.now(), rule(7, MEETING, 1, "18:00"));
            assertEquals(c.reminders(), plan(g, c.now(), List.of(SUNITA)).size(), "evening rule " + c);
        }
        List<CatchUpCase> sameDay = List.of(
                new CatchUpCase("2026-03-04T04:00:00Z", 6, 1),    // 09:30 IST: still ahead
                new CatchUpCase("2026-03-04T04:30:00Z", 6, 0));   // 10:00 IST: starting now
        for (CatchUpCase c : sameDay) {
            Instant now = Instant.parse(c.now());
            GroupPlan g = group(SHG, KOLKATA, WEEKLY_WEDNESDAY, "10:00", now.minus(Duration.ofHours(c.catchUpHours())).toString(),
                    c.now(), rule(8, MEETING, 0, "08:00"));
            assertEquals(c.reminders(), plan(g, c.now(), List.of(SUNITA)).size(), "same-day rule " + c);
        }
    }

    private record RowCase(String date, MeetingSummary row, String time, String changedPlace) {}

    @Test
    void generatedRowsCancelMoveOrAddAMeeting() {
        List<RowCase> cases = List.of(
                new RowCase("2026-03-04", null, "10:00", null),
                new RowCase("2026-03-04", row("2026-03-04", "10:00", "Panchayat bhavan", MeetingStatus.SCHEDULED), "10:00", null),
                new RowCase("2026-03-04", row("2026-03-04", "15:00", "School verandah", MeetingStatus.SCHEDULED), "15:00",
                        "School verandah"),
                new RowCase("2026-03-04", row("2026-03-04", "10:00", "Panchayat bhavan", MeetingStatus.CANCELLED), null, null),
                new RowCase("2026-03-04", row("2026-03-04", "10:00", "Panchayat bhavan", MeetingStatus.HELD), null, null),
                // Thursday is no rule date: only a row makes it a meeting.
                new RowCase("2026-03-05", null, null, null),
                new RowCase("2026-03-05", row("2026-03-05", "10:00", "Panchayat bhavan", MeetingStatus.SCHEDULED), "10:00", null));
        for (RowCase c : cases) {
            // The evening before the date at 18:00 IST (12:30Z).
            Instant evening = LocalDate.parse(c.date()).minusDays(1).atTime(12, 30).toInstant(ZoneOffset.UTC);
            String from = evening.minusSeconds(60).toString();
            String to = evening.toString();
            GroupPlan g = group(SHG, KOLKATA, WEEKLY_WEDNESDAY, "10:00", from, to, rule(7, MEETING, 1, "18:00"));
            List<PlannedReminder> due = c.row() == null ? plan(g, to, List.of(SUNITA)) : plan(g, to, List.of(SUNITA), c.row());
            if (c.time() == null) {
                assertEquals(List.of(), due, c.toString());
                continue;
            }
            assertEquals(1, due.size(), c.toString());
            assertEquals(LocalDate.parse(c.date()), due.get(0).date(), c.toString());
            assertEquals(LocalTime.parse(c.time()), due.get(0).time(), c.toString());
            assertEquals(c.changedPlace(), due.get(0).changedPlace(), c.toString());
        }
    }

    @Test
    void oneReminderPerHandsetAndMeetingWithinAGroup() {
        GroupPlan five = group(SHG, KOLKATA, WEEKLY_WEDNESDAY, "10:00", "2026-03-03T12:00:00Z", "2026-03-03T13:00:00Z",
                rule(7, MEETING, 1, "18:00"));
        GroupPlan six = group(6, KOLKATA, WEEKLY_WEDNESDAY, "11:00", "2026-03-03T12:00:00Z", "2026-03-03T13:00:00Z",
                rule(7, MEETING, 1, "18:00"));
        String shared = "+919800000001";
        List<ReminderRecipient> members = List.of(member(1, SHG, shared), member(2, SHG, shared), member(3, SHG, "+919800000003"),
                member(4, SHG, null), member(5, 6, shared), member(8, 77, "+919800000008"));
        Instant now = Instant.parse("2026-03-03T13:00:00Z");
        List<MeetingReminders.Occasion> occasions = MeetingReminders.occasions(List.of(five, six), Map.of(), now);
        assertEquals(List.of(5L, 6L), new ArrayList<>(MeetingReminders.groupIds(occasions)));
        List<String> keys = MeetingReminders.reminders(occasions, members).stream().map(PlannedReminder::key).toList();
        // Member 2 shares member 1's phone in the same group; member 5 shares it from another group; member 4
        // has no phone (the writer counts her); member 8's group has no meeting to remind of.
        assertEquals(List.of("rem:mtg:1:2026-03-04:r7", "rem:mtg:3:2026-03-04:r7", "rem:mtg:4:2026-03-04:r7",
                "rem:mtg:5:2026-03-04:r7"), keys);
        assertEquals(Set.of(LocalDate.of(2026, 3, 4)), GroupPlan.targetDates(List.of(five, six), MEETING));
    }
}
