package org.sakhiline.books.sheets;

import java.time.Instant;
import java.time.LocalDate;

/** A sheet in a list (waiting for confirmation, flagged, the leader's USSD list). */
public record SheetSummary(long sheetId, long meetingId, long shgId, String shgName, LocalDate meetingDate,
                           SheetStatus status, SheetTotals totals, int openFlags, Instant updatedAt) {}
