package org.sakhiline.books.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

/** A generated meeting occurrence (local date and time of the group). */
public record MeetingSummary(long meetingId, long shgId, LocalDate date, LocalTime startTime, String place,
                          MeetingStatus status) {}
