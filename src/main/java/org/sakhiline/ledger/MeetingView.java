package org.sakhiline.ledger;

import java.time.LocalDate;
import java.time.LocalTime;

/** A generated meeting occurrence (local date and time of the group). */
public record MeetingView(long meetingId, long shgId, LocalDate date, LocalTime startTime, String place,
                          MeetingStatus status) {}
