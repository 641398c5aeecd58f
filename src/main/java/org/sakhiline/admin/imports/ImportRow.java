package org.sakhiline.admin.imports;

import java.util.List;
import org.sakhiline.books.imports.RowProblem;

/**
 * An import as the console shows it, in words: when (the reader's zone, named), who, what the file held, and how it
 * ended ("Refused: nothing imported"); the counts stay numbers.
 *
 * @param statusCode the books' status, for the page's own choices (never shown)
 */
public record ImportRow(long id, String when, String who, String fileName, String kind, String status, String statusCode,
                        boolean dryRun, boolean running, long rowsSeen, long created, long updated, long unchanged,
                        long problemCount, List<RowProblem> problems) {}
