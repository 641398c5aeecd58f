package org.sakhiline.books.imports;

import java.util.List;

/**
 * What an import did or would do. {@code imported} is true only when the file was written; with any
 * problem nothing was written and {@code problems} lists them all (up to {@link ImportRun#MAX_PROBLEMS};
 * {@code problemCount} counts every one).
 */
public record ImportOutcome(long jobId, String kind, String fileName, boolean dryRun, boolean imported, long rows,
                            long created, long updated, long unchanged, long problemCount, List<RowProblem> problems) {}
