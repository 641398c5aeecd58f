package org.sakhiline.books.sheets;

import java.time.LocalDate;

/** A meeting the bookkeeper may record; {@code sheetStatus} null = no sheet yet. */
public record RecordableMeeting(long meetingId, LocalDate date, SheetStatus sheetStatus) {}
