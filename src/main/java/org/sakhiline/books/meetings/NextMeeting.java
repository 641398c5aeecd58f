package org.sakhiline.books.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The next scheduled meeting of a group. {@code meetingId} is null when the occurrence has not been
 * generated yet and was computed from the schedule; date and time are local to {@code zone}.
 */
public record NextMeeting(Long meetingId, long shgId, LocalDate date, LocalTime startTime, String place, ZoneId zone,
                          Instant startsAt) {}
