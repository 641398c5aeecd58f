package org.sakhiline.books.sheets;

import java.time.Instant;

/** A member's WRONG reply against a confirmed sheet. */
public record SheetFlag(long flagId, long sheetId, long memberId, String memberName, Instant at, String text,
                        boolean resolved) {}
