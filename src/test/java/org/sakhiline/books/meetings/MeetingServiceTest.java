package org.sakhiline.books.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.org.MeetingFrequency;
import org.sakhiline.testing.BooksFixtures;

@QuarkusTest
class MeetingServiceTest {

    @Inject
    MeetingService meetings;

    @Inject
    BooksFixtures fixtures;

    private NextMeeting next(long shg, String instant) {
        return meetings.nextMeeting(shg, Instant.parse(instant)).orElseThrow();
    }

    @Test
    void nextWeeklyMeetingIsComputedFromTheScheduleBeforeAndAfterItsStart() {
        long shg = fixtures.shg();   // Wednesdays 10:00 Asia/Kolkata; 1 Jan 2025 is a Wednesday
        NextMeeting today = next(shg, "2025-01-01T04:00:00Z");   // 09:30 IST
        assertEquals(LocalDate.of(2025, 1, 1), today.date());
        assertNull(today.meetingId());
        assertEquals(Instant.parse("2025-01-01T04:30:00Z"), today.startsAt());
        assertEquals(LocalDate.of(2025, 1, 8), next(shg, "2025-01-01T04:31:00Z").date());   // 10:01 IST
    }

    @Test
    void theGroupsTimeZoneDecidesWhetherTodaysMeetingIsStillAhead() {
        long kolkata = fixtures.shg(MeetingFrequency.WEEKLY, 3, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
        long karachi = fixtures.shg(MeetingFrequency.WEEKLY, 3, null, null, LocalTime.of(10, 0), "Asia/Karachi");
        // 04:45Z = 10:15 in Kolkata (meeting over) but 09:45 in Karachi (meeting ahead).
        assertEquals(LocalDate.of(2025, 1, 8), next(kolkata, "2025-01-01T04:45:00Z").date());
        assertEquals(LocalDate.of(2025, 1, 1), next(karachi, "2025-01-01T04:45:00Z").date());
    }

    @Test
    void theLocalDateDecidesAcrossWeekAndMonthBoundaries() {
        long mondays = fixtures.shg(MeetingFrequency.WEEKLY, 1, null, null, LocalTime.of(7, 0), "Asia/Kolkata");
        // Sunday 5 Jan 20:00Z is already Monday 6 Jan 01:30 IST.
        assertEquals(LocalDate.of(2025, 1, 6), next(mondays, "2025-01-05T20:00:00Z").date());

        long firstOfMonth = fixtures.shg(MeetingFrequency.MONTHLY, null, null, 1, LocalTime.of(9, 0), "Asia/Kolkata");
        assertEquals(LocalDate.of(2025, 2, 1), next(firstOfMonth, "2025-01-31T20:00:00Z").date());   // 1 Feb 01:30 IST
        assertEquals(LocalDate.of(2025, 3, 1), next(firstOfMonth, "2025-02-01T04:00:00Z").date());   // 1 Feb 09:30 IST

        long secondTuesday = fixtures.shg(MeetingFrequency.MONTHLY, 2, 2, null, LocalTime.of(11, 0), "Asia/Kolkata");
        assertEquals(LocalDate.of(2025, 1, 14), next(secondTuesday, "2024-12-31T19:00:00Z").date());
        assertEquals(LocalDate.of(2025, 2, 11), next(secondTuesday, "2025-01-14T06:00:00Z").date());  // 11:30 IST
    }

    @Test
    void generationIsIdempotentAndCancelledMeetingsAreSkipped() {
        long shg = fixtures.shg();
        List<MeetingSummary> first = meetings.generate(shg, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
        List<MeetingSummary> again = meetings.generate(shg, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
        assertEquals(List.of(1, 8, 15, 22, 29), first.stream().map(m -> m.date().getDayOfMonth()).toList());
        assertEquals(first, again);

        meetings.cancel(first.get(1).meetingId());
        NextMeeting next = next(shg, "2025-01-02T00:00:00Z");
        assertEquals(LocalDate.of(2025, 1, 15), next.date());
        assertEquals(first.get(2).meetingId(), next.meetingId());
    }

    @Test
    void attendanceMarksTheMeetingHeld() {
        long shg = fixtures.shg();
        long asha = fixtures.member(shg, "Asha", BooksFixtures.phone());
        fixtures.member(shg, "Bina", BooksFixtures.phone());
        MeetingSummary m = meetings.generate(shg, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)).get(0);
        MeetingSummary held = meetings.recordAttendance(m.meetingId(), List.of(asha));
        assertEquals(MeetingStatus.HELD, held.status());
        assertEquals(List.of(asha), meetings.presentMembers(m.meetingId()));
        assertNotNull(next(shg, "2024-12-31T00:00:00Z"));
        assertEquals(LocalDate.of(2025, 1, 8), next(shg, "2024-12-31T00:00:00Z").date());   // 1 Jan was held
    }
}
