package org.sakhiline.books.sheets;

import java.time.Instant;
import org.sakhiline.books.posting.Channel;

/** One row of a sheet's history: OPENED, SAVED, SUBMITTED, CONFIRMED, REJECTED, CORRECTED, FLAGGED. */
public record SheetEvent(String event, String actor, Channel channel, Instant at, String note) {}
