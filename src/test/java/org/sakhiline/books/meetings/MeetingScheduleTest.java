package org.sakhiline.books.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.org.MeetingFrequency;
import org.sakhiline.books.org.MeetingRule;

/** {@link MeetingSchedule#scheduledOn}: whether a group meets on a given date, and when and where. */
class MeetingScheduleTest {

    // Wednesdays 10:00 at the panchayat bhavan; 4 March 2026 is a Wednesday.
    private static final MeetingRule WEDNESDAYS = new MeetingRule(MeetingFrequency.WEEKLY, 3, null, null);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);

    private static MeetingSchedule schedule(String zone) {
        return new MeetingSchedule(5, WEDNESDAYS, LocalTime.of(10, 0), "Panchayat bhavan", ZoneId.of(zone));
    }

    private static MeetingSummary row(LocalDate date, LocalTime time, String place, MeetingStatus status) {
        return new MeetingSummary(77, 5, date, time, place, status);
    }

    @Test
    void aRuleDateWithoutARowIsAMeetingAsTheProfileSaysInTheGroupsZone() {
        NextMeeting india = schedule("Asia/Kolkata").scheduledOn(WEDNESDAY, null).orElseThrow();
        assertEquals(null, india.meetingId());
        assertEquals(LocalTime.of(10, 0), india.startTime());
        assertEquals("Panchayat bhavan", india.place());
        assertEquals(Instant.parse("2026-03-04T04:30:00Z"), india.startsAt());
        assertEquals(Instant.parse("2026-03-04T05:00:00Z"),
                schedule("Asia/Karachi").scheduledOn(WEDNESDAY, null).orElseThrow().startsAt());
        assertTrue(schedule("Asia/Kolkata").scheduledOn(WEDNESDAY.plusDays(1), null).isEmpty(), "not a rule date");
    }

    @Test
    void aGeneratedRowDecides() {
        MeetingSchedule s = schedule("Asia/Kolkata");
        NextMeeting moved = s.scheduledOn(WEDNESDAY, row(WEDNESDAY, LocalTime.of(15, 0), "School verandah",
                MeetingStatus.SCHEDULED)).orElseThrow();
        assertEquals(77L, moved.meetingId());
        assertEquals("School verandah", moved.place());
        assertEquals(Instant.parse("2026-03-04T09:30:00Z"), moved.startsAt());
        assertTrue(s.scheduledOn(WEDNESDAY, row(WEDNESDAY, LocalTime.of(10, 0), null, MeetingStatus.CANCELLED)).isEmpty());
        assertTrue(s.scheduledOn(WEDNESDAY, row(WEDNESDAY, LocalTime.of(10, 0), null, MeetingStatus.HELD)).isEmpty());
        LocalDate thursday = WEDNESDAY.plusDays(1);
        assertEquals(thursday, s.scheduledOn(thursday, row(thursday, LocalTime.of(10, 0), null, MeetingStatus.SCHEDULED))
                .orElseThrow().date(), "an extra meeting off the rule");
    }

    @Test
    void aRowOfAnotherDateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> schedule("Asia/Kolkata").scheduledOn(WEDNESDAY,
                row(WEDNESDAY.plusDays(7), LocalTime.of(10, 0), null, MeetingStatus.SCHEDULED)));
    }
}
